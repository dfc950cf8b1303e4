package tandem.change.web;

import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.change.ChangeViews.Fidelity;
import tandem.change.CollegeFidelity;
import tandem.change.web.ChangeForms.FidelityForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The college fidelity self-check: the college manager rates a term; the service lead reads the ratings. */
@Controller
class FidelityController {

    private final CurrentUsers identity;
    private final CollegeFidelity fidelity;

    FidelityController(CurrentUsers identity, CollegeFidelity fidelity) {
        this.identity = identity;
        this.fidelity = fidelity;
    }

    @GetMapping("/change/fidelity")
    String fidelity(Model model) {
        CurrentUser user = identity.require();
        return fidelityPage(model, user, fidelity.history(user), FidelityForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/change/fidelity")
    String rate(@Valid @ModelAttribute("form") FidelityForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        List<Fidelity> history = fidelity.historyToRate(user); // the college manager's only, before the form is looked at
        if (!Forms.attempt(binding, () -> fidelity.rate(user, form.term(), form.ratings()))) {
            return fidelityPage(model, user, history, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved for " + form.term() + ".");
        return "redirect:/change/fidelity";
    }

    private String fidelityPage(Model model, CurrentUser user, List<Fidelity> history, FidelityForm form, FormErrors errors) {
        model.addAttribute("history", history);
        model.addAttribute("components", CollegeFidelity.COMPONENTS);
        model.addAttribute("canRate", fidelity.mayRate(user));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/fidelity";
    }
}
