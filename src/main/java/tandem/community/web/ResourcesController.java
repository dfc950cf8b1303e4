package tandem.community.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import com.fasterxml.jackson.annotation.JsonInclude;

import tandem.community.Resource;
import tandem.community.ResourceForm;
import tandem.community.Resources;
import tandem.community.Topic;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.Role;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The resources library: public search and pages, RIS and BibTeX exports, and the administrator's form. */
@Controller
class ResourcesController {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ResourceOut(UUID id, String key, List<String> authors, int year, String title, String source, String url,
            String type, List<String> topics, String summary) {
        static ResourceOut of(Resource r) {
            return new ResourceOut(r.id(), r.key(), r.authors(), r.year(), r.title(), r.source(), r.url(), r.type(),
                    r.topics().stream().map(Enum::name).toList(), r.summary());
        }
    }

    private final CurrentUsers identity;
    private final Resources resources;

    ResourcesController(CurrentUsers identity, Resources resources) {
        this.identity = identity;
        this.resources = resources;
    }

    @GetMapping("/resources")
    String library(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String topic,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("result", resources.search(query, topic, page));
        model.addAttribute("query", query);
        model.addAttribute("topic", topic);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("admin", identity.current().map(u -> u.has(Role.ADMIN)).orElse(false));
        model.addAttribute("exportQuery", exportQuery(query, topic));
        return "community/resources";
    }

    @GetMapping("/resources/{key}")
    String resource(@PathVariable String key, Model model) {
        model.addAttribute("resource", resources.byKey(key));
        model.addAttribute("admin", identity.current().map(u -> u.has(Role.ADMIN)).orElse(false));
        return "community/resource";
    }

    @GetMapping("/resources/export.ris")
    ResponseEntity<String> ris(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String topic) {
        return download(resources.ris(query, topic), "tandem-resources.ris", "application/x-research-info-systems");
    }

    @GetMapping("/resources/export.bib")
    ResponseEntity<String> bibtex(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String topic) {
        return download(resources.bibtex(query, topic), "tandem-resources.bib", "application/x-bibtex");
    }

    @GetMapping("/api/v1/resources")
    @ResponseBody
    List<ResourceOut> api(@RequestParam(defaultValue = "") String query, @RequestParam(defaultValue = "") String topic) {
        return resources.all(query, topic).stream().map(ResourceOut::of).toList();
    }

    @GetMapping("/admin/resources/new")
    String newResource(Model model) {
        return form(model, null, ResourceForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/admin/resources")
    String create(@Valid @ModelAttribute("form") ResourceForm typed, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ResourceForm form = typed.with(typed.key(), "0");
        Optional<String> created = Forms.attempt(binding, () -> resources.create(identity.require(), form));
        if (created.isEmpty()) {
            return form(model, null, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Added to the library.");
        return "redirect:/resources/" + created.get();
    }

    @GetMapping("/admin/resources/{key}")
    String edit(@PathVariable String key, Model model) {
        return form(model, key, ResourceForm.of(resources.byKey(key)), FormErrors.NONE);
    }

    /** The key is the one in the address; the page does not send it. */
    @PostMapping("/admin/resources/{key}")
    String update(@PathVariable String key, @Valid @ModelAttribute("form") ResourceForm typed, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        resources.byKey(key);
        CurrentUser admin = identity.require();
        ResourceForm form = typed.with(key, typed.version());
        if (!Forms.attempt(binding, () -> resources.update(admin, key, form))) {
            return form(model, key, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved.");
        return "redirect:/resources/" + key;
    }

    private String form(Model model, String key, ResourceForm form, FormErrors errors) {
        model.addAttribute("key", key);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("topics", Topic.values());
        model.addAttribute("types", Resources.TYPES);
        return "community/resourceForm";
    }

    private static String exportQuery(String query, String topic) {
        StringBuilder q = new StringBuilder();
        if (!query.isBlank()) {
            q.append("query=").append(java.net.URLEncoder.encode(query, StandardCharsets.UTF_8));
        }
        if (!topic.isBlank()) {
            q.append(q.isEmpty() ? "" : "&").append("topic=").append(java.net.URLEncoder.encode(topic, StandardCharsets.UTF_8));
        }
        return q.isEmpty() ? "" : "?" + q;
    }

    private static ResponseEntity<String> download(String body, String filename, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build().toString())
                .contentType(MediaType.parseMediaType(type + ";charset=UTF-8")).body(body);
    }
}
