package tandem.identity.web;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.ApiClientSecret;
import tandem.identity.CurrentUsers;
import tandem.identity.NewSmartApp;
import tandem.identity.PublicPaths;
import tandem.identity.SmartApps;
import tandem.shared.error.NotFoundException;

/**
 * SMART App Launch for people and workers: the public discovery document, Tandem's own consent page (the
 * authorization endpoint sends people here), stopping an app, and an administrator registering an app (JSON).
 */
@Controller
class SmartAppController implements PublicPaths {

    static final String DISCOVERY = "/.well-known/smart-configuration";

    /** {@code publicClient} left out means a confidential app (one that keeps a secret). */
    record NewAppRequest(String name, List<String> redirectUris, Boolean publicClient, List<String> scopes) {
    }

    private final CurrentUsers identity;
    private final SmartApps apps;
    private final String issuer;

    SmartAppController(CurrentUsers identity, SmartApps apps, @Value("${tandem.tokens.issuer:${tandem.base-url}}") String issuer) {
        this.identity = identity;
        this.apps = apps;
        this.issuer = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
    }

    @Override
    public List<String> patterns() {
        return List.of(DISCOVERY);
    }

    @GetMapping(value = DISCOVERY, produces = "application/json")
    @ResponseBody
    ResponseEntity<Map<String, Object>> discovery() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("issuer", issuer);
        d.put("authorization_endpoint", issuer + "/oauth2/authorize");
        d.put("token_endpoint", issuer + "/oauth2/token");
        d.put("jwks_uri", issuer + "/oauth2/jwks");
        d.put("grant_types_supported", List.of("authorization_code", "refresh_token", "client_credentials"));
        d.put("token_endpoint_auth_methods_supported", List.of("client_secret_basic", "client_secret_post", "none"));
        d.put("response_types_supported", List.of("code"));
        d.put("code_challenge_methods_supported", List.of("S256"));
        d.put("scopes_supported", SmartApps.SCOPES);
        d.put("capabilities", List.of("launch-standalone", "client-public", "client-confidential-symmetric",
                "context-standalone-patient", "permission-patient", "permission-user", "permission-offline", "sso-openid-connect"));
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePublic()).body(d);
    }

    @GetMapping("/oauth2/consent")
    String consent(@RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "scope", required = false) String scope, @RequestParam(name = "state", required = false) String state,
            Model model, HttpServletResponse response) {
        if (clientId == null || state == null || state.isBlank() || state.length() > 200) {
            throw new NotFoundException("App");
        }
        List<String> asked = scope == null ? List.of() : Arrays.stream(scope.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList();
        var consent = apps.consentRequest(identity.require(), clientId, asked).orElseThrow(() -> new NotFoundException("App"));
        // the answer is sent back to the app: the form may go to the app's own addresses after it is posted
        response.setHeader("Content-Security-Policy", tandemCsp(consent.redirectOrigins()));
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("consent", consent);
        model.addAttribute("state", state);
        return "identity/appConsent";
    }

    @PostMapping("/account/apps/{clientId}/stop")
    String stop(@PathVariable String clientId, RedirectAttributes redirect) {
        apps.disconnect(identity.require(), clientId);
        redirect.addFlashAttribute("flash", "The app is stopped. It cannot use your account any more.");
        return "redirect:/account/sessions";
    }

    @PostMapping("/api/v1/admin/smart-apps")
    @ResponseBody
    ResponseEntity<ApiClientSecret> register(@RequestBody NewAppRequest body) {
        ApiClientSecret secret = apps.register(identity.require(),
                new NewSmartApp(body.name(), body.redirectUris(), Boolean.TRUE.equals(body.publicClient()), body.scopes()));
        return ResponseEntity.created(URI.create(DISCOVERY)).cacheControl(CacheControl.noStore()).body(secret);
    }

    private static String tandemCsp(List<String> origins) {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; "
                + "object-src 'none'; base-uri 'self'; form-action 'self' " + String.join(" ", origins) + "; frame-ancestors 'none'";
    }
}
