package tandem.measures.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.identity.PublicPaths;
import tandem.measures.Administering;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.PersonId;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** Asking people to complete questionnaires, single-use links, and the team's due list. */
@Controller
class AdministeringController implements PublicPaths {

    private final CurrentUsers identity;
    private final Administering administering;
    private final MeasuresPagesController pages;
    private final tandem.measures.SafetyAlerts safety;

    AdministeringController(CurrentUsers identity, Administering administering, MeasuresPagesController pages,
            tandem.measures.SafetyAlerts safety) {
        this.safety = safety;
        this.identity = identity;
        this.administering = administering;
        this.pages = pages;
    }

    @Override
    public List<String> patterns() {
        return List.of("/q/**");
    }

    /** A request to fill in a questionnaire: which one, the day it is due, and every how many months (blank or 0: once). */
    record AssignForm(String instrument, String dueOn, String everyMonths) {
    }

    @PostMapping("/people/{personId}/measures/assignments")
    String assign(@PathVariable PersonId personId, @ModelAttribute AssignForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        if (Forms.attempt(binding, () -> administering.assign(user, personId, form.instrument(), form.dueOn(), form.everyMonths())).isEmpty()) {
            return pages.staffList(model, user, personId, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Added. It shows on their pages and on your team's due list.");
        return "redirect:/people/" + personId + "/measures";
    }

    @PostMapping("/people/{personId}/measures/assignments/{assignmentId}/end")
    String end(@PathVariable PersonId personId, @PathVariable UUID assignmentId, RedirectAttributes redirect) {
        administering.end(identity.require(), personId, assignmentId);
        redirect.addFlashAttribute("flash", "They are no longer asked to fill this in.");
        return "redirect:/people/" + personId + "/measures";
    }

    @PostMapping("/people/{personId}/measures/assignments/{assignmentId}/link")
    String link(@PathVariable PersonId personId, @PathVariable UUID assignmentId, HttpServletRequest request, Model model) {
        String token = administering.createLink(identity.require(), personId, assignmentId);
        String base = request.getScheme() + "://" + request.getServerName()
                + (request.getServerPort() == 80 || request.getServerPort() == 443 ? "" : ":" + request.getServerPort());
        model.addAttribute("link", base + "/q/" + token);
        model.addAttribute("personId", personId);
        return "measures/linkCreated";
    }

    @GetMapping("/q/{token}")
    String linkForm(@PathVariable String token, Model model) {
        Administering.LinkView view = administering.openLink(token);
        model.addAttribute("view", view);
        model.addAttribute("token", token);
        model.addAttribute("entered", Map.of());
        model.addAttribute("errors", FormErrors.NONE);
        return "measures/linkForm";
    }

    @PostMapping("/q/{token}")
    String linkAnswers(@PathVariable String token, @RequestParam MultiValueMap<String, String> params, Model model) {
        Administering.LinkView view = administering.openLink(token);
        AnswerForm form = AnswerForm.read(view.instrument(), params);
        try {
            form.throwIfUnreadable();
            model.addAttribute("safety", view.instrument().safetyAnswer(administering.submitLink(token, form.answers()).answers()));
        } catch (InvalidInputException e) {
            model.addAttribute("view", view);
            model.addAttribute("token", token);
            model.addAttribute("entered", form.entered());
            model.addAttribute("errors", new FormErrors(AnswerForm.onForm(view.instrument(), e.problems())));
            return "measures/linkForm";
        }
        model.addAttribute("firstName", view.firstName());
        return "measures/linkDone";
    }

    @GetMapping("/measures/due")
    String due(Model model) {
        CurrentUser user = identity.require();
        if (!user.hasCareRole()) {
            throw new tandem.shared.error.NotFoundException("Page");
        }
        model.addAttribute("lines", administering.dueForStaff(user));
        model.addAttribute("alerts", safety.openFor(user));
        return "measures/due";
    }
}
