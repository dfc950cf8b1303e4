package tandem.identity.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.identity.ApiClientSecret;
import tandem.identity.ApiClients;
import tandem.identity.CurrentUsers;
import tandem.identity.NewApiClient;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/**
 * Administration of other systems' API clients: the list, registering one (its secret shown on the
 * next page, once), disabling, enabling and a new secret; and the same registration as JSON.
 * Administrators only (the main security chain, and the module again).
 */
@Controller
class ApiClientsController {

    record NewClientRequest(String name, List<String> scopes, List<String> allowedAddresses) {
    }

    private final CurrentUsers identity;
    private final ApiClients clients;

    ApiClientsController(CurrentUsers identity, ApiClients clients) {
        this.identity = identity;
        this.clients = clients;
    }

    @PostMapping("/api/v1/admin/api-clients")
    @ResponseBody
    ResponseEntity<ApiClientSecret> registerJson(@RequestBody NewClientRequest body) {
        ApiClientSecret secret = clients.register(identity.require(),
                new NewApiClient(body.name(), body.scopes(), body.allowedAddresses()));
        return ResponseEntity.created(URI.create("/admin/api-clients")).cacheControl(CacheControl.noStore()).body(secret);
    }

    @GetMapping("/admin/api-clients")
    String list(Model model) {
        return listPage(model, ApiClientForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/api-clients")
    String register(@Valid @ModelAttribute ApiClientForm form, BindingResult binding, Model model, HttpServletResponse response) {
        var secret = Forms.attempt(binding, () -> clients.register(identity.require(),
                new NewApiClient(form.name(), form.scopes(), form.addressList())));
        if (secret.isEmpty()) {
            return listPage(model, form, FormErrors.of(binding));
        }
        // shown on this answer only (not through a redirect, which would keep it in the session)
        return secretPage(model, response, secret.get(), form.name().strip(), true);
    }

    @PostMapping("/admin/api-clients/{clientId}/disable")
    String disable(@PathVariable String clientId, RedirectAttributes redirect) {
        clients.setEnabled(identity.require(), clientId, false);
        redirect.addFlashAttribute("flash", "The client is disabled. Its tokens stopped working and it cannot get new ones.");
        return "redirect:/admin/api-clients";
    }

    @PostMapping("/admin/api-clients/{clientId}/enable")
    String enable(@PathVariable String clientId, RedirectAttributes redirect) {
        clients.setEnabled(identity.require(), clientId, true);
        redirect.addFlashAttribute("flash", "The client is enabled. It can get new tokens.");
        return "redirect:/admin/api-clients";
    }

    @PostMapping("/admin/api-clients/{clientId}/rotate")
    String rotate(@PathVariable String clientId, Model model, HttpServletResponse response) {
        var user = identity.require();
        ApiClientSecret secret = clients.rotateSecret(user, clientId);
        String name = clients.list(user).stream().filter(c -> c.clientId().equals(clientId)).map(c -> c.name()).findFirst().orElse("");
        return secretPage(model, response, secret, name, false);
    }

    private String listPage(Model model, ApiClientForm form, FormErrors errors) {
        model.addAttribute("clients", clients.list(identity.require()));
        model.addAttribute("scopeOptions", ApiClients.SCOPES);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "admin/apiClients";
    }

    private static String secretPage(Model model, HttpServletResponse response, ApiClientSecret secret, String name, boolean registered) {
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("secret", secret);
        model.addAttribute("name", name);
        model.addAttribute("registered", registered);
        return "admin/apiClientSecret";
    }
}
