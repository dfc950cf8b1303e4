package tandem.recovery.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.recovery.CrisisPlans;
import tandem.shared.TandemClock;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/**
 * The person's wellness and crisis plan: versions, the form (one field per section of
 * {@link CrisisPlans#SECTIONS}, so bound as the map of its fields), sharing with supporters, the PDF.
 */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class CrisisPlanPages {

    private final CrisisPlans crisis;
    private final CrisisPlanDownloads downloads;
    private final TandemClock clock;

    CrisisPlanPages(CrisisPlans crisis, CrisisPlanDownloads downloads, TandemClock clock) {
        this.crisis = crisis;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping("/crisis")
    String crisis(PlanContext c, @RequestParam(required = false) Integer version, Model model) {
        var versions = crisis.versions(c.user(), c.person());
        var shown = versions.stream().filter(v -> version == null || v.version() == version).findFirst().orElse(null);
        if (version != null && shown == null) {
            throw new NotFoundException("Version");
        }
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("sections", CrisisPlans.SECTIONS);
        model.addAttribute("supporters", c.self() ? crisis.supporters(c.user(), c.person()) : List.of());
        return "recovery/crisis";
    }

    @GetMapping("/crisis/edit")
    String editCrisis(@PersonOnly PlanContext c, Model model) {
        var current = crisis.versions(c.user(), c.person()).stream().findFirst().orElse(null);
        Map<String, String> form = new HashMap<>();
        if (current != null) {
            form.putAll(current.sections());
            form.put("version", String.valueOf(current.version()));
            form.put("reviewDue", current.reviewDue() == null ? "" : current.reviewDue().toString());
        } else {
            form.put("reviewDue", clock.today().plusMonths(6).toString());
        }
        return crisisForm(model, form, FormErrors.NONE);
    }

    @PostMapping("/crisis")
    String saveCrisis(@PersonOnly PlanContext c, @RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
        var binding = new MapBindingResult(form, "form");
        if (Forms.attempt(binding, () -> crisis.save(c.user(), c.person(), PlanForms.version(form.get("version")), form,
                form.get("reviewDue"))).isEmpty()) {
            return crisisForm(model, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Your plan is saved as a new version.");
        return "redirect:/me/plan/crisis";
    }

    private String crisisForm(Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("sections", CrisisPlans.SECTIONS);
        model.addAttribute("errors", errors);
        return "recovery/crisisForm";
    }

    @PostMapping("/crisis/sharing")
    String shareCrisis(@PersonOnly PlanContext c, @RequestParam(required = false) UUID supporter,
            @RequestParam(defaultValue = "") String share, RedirectAttributes redirect) {
        try {
            crisis.share(c.user(), c.person(), supporter == null ? new UUID(0, 0) : supporter, "yes".equals(share));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", e.problems().get(0).message() + ".");
            return "redirect:/me/plan/crisis";
        }
        redirect.addFlashAttribute("flash", "yes".equals(share) ? "They can now read your current plan."
                : "They can no longer read your plan.");
        return "redirect:/me/plan/crisis";
    }

    @GetMapping("/crisis.pdf")
    ResponseEntity<byte[]> crisisPdf(PlanContext c) {
        var current = crisis.versions(c.user(), c.person()).stream().findFirst().orElseThrow(() -> new NotFoundException("Plan"));
        return downloads.pdf(c.name(), current);
    }
}
