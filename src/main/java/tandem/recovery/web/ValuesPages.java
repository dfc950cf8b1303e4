package tandem.recovery.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.recovery.PlanSections;
import tandem.recovery.PlanViews;
import tandem.recovery.web.PlanForms.HeardForm;
import tandem.recovery.web.PlanForms.ValuesForm;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/**
 * The person's values and strengths, in their own words, and what their workers heard beside them.
 * The strengths form has one set of fields per life domain ({@code current0}, {@code desires0}, …), so
 * it is bound as the map of its fields.
 */
@Controller
@RequestMapping({"/me/plan", "/people/{personId}/plan"})
class ValuesPages {

    private static final String SAVED = "Saved. Your earlier versions are kept: see them under History.";

    private final PlanSections sections;

    ValuesPages(PlanSections sections) {
        this.sections = sections;
    }

    @GetMapping("/values")
    String values(PlanContext c, Model model) {
        var current = sections.values(c.user(), c.person()).stream().findFirst().orElse(null);
        model.addAttribute("heard", sections.heard(c.user(), c.person()).stream().filter(h -> h.section().equals("VALUES")).toList());
        return valuesPage(c, model, current == null ? ValuesForm.empty() : ValuesForm.of(current), FormErrors.NONE);
    }

    @PostMapping("/values")
    String saveValues(@PersonOnly PlanContext c, @ModelAttribute ValuesForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (Forms.attempt(binding, () -> sections.saveValues(c.user(), c.person(), PlanForms.version(form.version()),
                form.whatMatters(), form.valueCards(), form.whatHelps(), form.whatDoesNotHelp(), form.treatment(), form.contact(),
                form.involve())).isEmpty()) {
            model.addAttribute("heard", List.of());
            return valuesPage(c, model, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", SAVED);
        return "redirect:/me/plan";
    }

    private String valuesPage(PlanContext c, Model model, ValuesForm form, FormErrors errors) {
        model.addAttribute("values", sections.values(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("cards", sections.valueCards());
        model.addAttribute("errors", errors);
        return "recovery/values";
    }

    @PostMapping("/heard")
    String heard(@WorkerOnly PlanContext c, @ModelAttribute HeardForm form, RedirectAttributes redirect) {
        String section = form.section() == null ? "" : form.section();
        String back = "redirect:" + c.base() + ("STRENGTHS".equalsIgnoreCase(section) ? "/strengths" : "/values");
        try {
            sections.addHeard(c.user(), c.person(), section, form.heard() == null ? "" : form.heard());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "Nothing was added: " + e.problems().get(0).message() + ".");
            return back;
        }
        redirect.addFlashAttribute("flash", "Your note is beside " + c.firstName() + "'s words, with your name.");
        return back;
    }

    @GetMapping("/strengths")
    String strengths(PlanContext c, Model model) {
        var current = sections.strengths(c.user(), c.person()).stream().findFirst().orElse(null);
        model.addAttribute("heard", sections.heard(c.user(), c.person()).stream().filter(h -> h.section().equals("STRENGTHS")).toList());
        return strengthsPage(c, model, current == null ? Map.of() : strengthsForm(current), FormErrors.NONE);
    }

    @PostMapping("/strengths")
    String saveStrengths(@PersonOnly PlanContext c, @RequestParam Map<String, String> form, Model model,
            RedirectAttributes redirect) {
        var binding = new org.springframework.validation.MapBindingResult(form, "form");
        if (Forms.attempt(binding, () -> sections.saveStrengths(c.user(), c.person(), PlanForms.version(form.get("version")), form,
                form.get("priorities"))).isEmpty()) {
            model.addAttribute("heard", List.of());
            return strengthsPage(c, model, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", SAVED);
        return "redirect:/me/plan";
    }

    private String strengthsPage(PlanContext c, Model model, Map<String, String> form, FormErrors errors) {
        model.addAttribute("strengths", sections.strengths(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("domains", sections.domains());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "recovery/strengths";
    }

    private static Map<String, String> strengthsForm(PlanViews.Strengths s) {
        Map<String, String> form = new HashMap<>();
        form.put("version", String.valueOf(s.version()));
        for (int i = 0; i < s.domains().size(); i++) {
            form.put("current" + i, nz(s.domains().get(i).current()));
            form.put("desires" + i, nz(s.domains().get(i).desires()));
            form.put("resources" + i, nz(s.domains().get(i).resources()));
        }
        form.put("priorities", nz(s.priorities()));
        return form;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
