package tandem.change.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.change.Assessments;
import tandem.change.ChangeViews.Assessment;
import tandem.change.Programme;
import tandem.change.Scope;
import tandem.change.web.ChangeForms.CollegesForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The ten challenges' overview with the college counts, for the service lead; the programme view for the programme lead. */
@Controller
class ChangeController {

    private final CurrentUsers identity;
    private final Assessments assessments;
    private final Programme programme;
    private final PeopleApi people;
    private final ChangePages pages;

    ChangeController(CurrentUsers identity, Assessments assessments, Programme programme, PeopleApi people, ChangePages pages) {
        this.identity = identity;
        this.assessments = assessments;
        this.programme = programme;
        this.people = people;
        this.pages = pages;
    }

    @GetMapping("/change")
    String overview(Model model) {
        CurrentUser lead = identity.require();
        pages.common(model);
        List<Assessment> all = assessments.assessments(lead, null, null);
        model.addAttribute("assessments", all);
        List<Assessment> organisation = new ArrayList<>(all.stream().filter(a -> a.scope() == Scope.ORGANISATION).toList());
        Collections.reverse(organisation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("teams", people.teams(lead.organisationId()));
        model.addAttribute("colleges", programme.colleges(lead).orElse(null));
        return "change/overview";
    }

    @PostMapping("/change/colleges")
    String colleges(@Valid @ModelAttribute("form") CollegesForm form, BindingResult binding, RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        programme.colleges(lead); // the service lead's only, before the form is looked at
        if (Forms.attempt(binding, () -> programme.saveColleges(lead, form.collegesOpen(), form.collegesPlanned()))) {
            redirect.addFlashAttribute("flash", "Saved. The programme view shows these counts.");
        } else {
            FormErrors errors = FormErrors.of(binding);
            String first = errors.has("collegesOpen") ? errors.message("collegesOpen")
                    : errors.has("collegesPlanned") ? errors.message("collegesPlanned") : errors.problems().get(0).message();
            redirect.addFlashAttribute("flash", "Nothing was saved: " + first + ".");
        }
        return "redirect:/change";
    }

    @GetMapping("/change/programme")
    String programme(Model model) {
        pages.common(model);
        model.addAttribute("members", programme.members(identity.require()));
        return "change/programme";
    }
}
