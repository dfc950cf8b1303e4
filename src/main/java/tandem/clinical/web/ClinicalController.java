package tandem.clinical.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.clinical.ClinicalRecovery;
import tandem.clinical.ClinicalRules;
import tandem.clinical.Criterion;
import tandem.clinical.RecordedObservation;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.MeasuresApi;
import tandem.people.PeopleApi;
import tandem.recovery.Goals;
import tandem.shared.TandemClock;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;
import tandem.shared.ids.PersonId;

/** Personal and clinical recovery side by side, observations, and the CONTRACT's clinical recovery API. */
@Controller
class ClinicalController {

    record ObservationIn(String kind, String value, String observedOn, String source) {
    }

    private final CurrentUsers identity;
    private final ClinicalRecovery clinical;
    private final MeasuresApi measures;
    private final Goals goals;
    private final PeopleApi people;
    private final TandemClock clock;

    ClinicalController(CurrentUsers identity, ClinicalRecovery clinical, MeasuresApi measures, Goals goals, PeopleApi people,
            TandemClock clock) {
        this.identity = identity;
        this.clinical = clinical;
        this.measures = measures;
        this.goals = goals;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping({"/me/recovery", "/people/{personId}/recovery"})
    String page(@PathVariable(required = false) PersonId personId, Model model) {
        return page(personId, model, ObservationForm.EMPTY, FormErrors.NONE);
    }

    private String page(PersonId personId, Model model, ObservationForm form, FormErrors errors) {
        CurrentUser user = identity.require();
        PersonId person = personId != null ? personId : user.personId();
        if (person == null) {
            throw new PersonNotFoundException();
        }
        var evaluation = clinical.evaluate(user, person, null);
        model.addAttribute("self", user.isPersonSelf(person));
        model.addAttribute("base", personId == null ? "/me/recovery" : "/people/" + personId + "/recovery");
        model.addAttribute("name", people.person(person).map(p -> p.displayName()).orElseThrow(PersonNotFoundException::new));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("observations", clinical.observations(user, person));
        model.addAttribute("personal", personal(user, person));
        model.addAttribute("criteria", Criterion.values());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("today", clock.today());
        return "clinical/recovery";
    }

    private List<PersonalSide> personal(CurrentUser user, PersonId person) {
        List<PersonalSide> out = new ArrayList<>();
        for (String code : List.of("QPR15", "CHIME_CHECKIN")) {
            var view = measures.results(user, person, code);
            var total = view.scales().stream().filter(s -> s.scale().code().equals("TOTAL")).findFirst().orElse(null);
            if (total == null || total.latest() == null || !total.latest().scored()) {
                out.add(new PersonalSide(view.title(), null, null, "Not completed yet"));
                continue;
            }
            var change = total.sinceFirst();
            String words = change == null || !change.assessed() ? "Only one completed so far"
                    : change.reliable() ? "Reliably " + change.direction() + " since the first" : "No reliable change since the first";
            out.add(new PersonalSide(view.title(), total.latest().value(), total.scale().min().stripTrailingZeros().toPlainString()
                    + " to " + total.scale().max().stripTrailingZeros().toPlainString(), words));
        }
        var gas = goals.attainment(user, person, clock.today().minusMonths(12).toString(), null, "PERSON");
        out.add(new PersonalSide("Goal attainment (the person's own ratings, last 12 months)", gas.tScore(), "50 = as expected",
                gas.goals() == 0 ? "No goals rated yet" : gas.goals() + (gas.goals() == 1 ? " goal" : " goals") + " rated"));
        return out;
    }

    /** No checks of its own: the module decides who may record first, then checks what was typed. */
    @PostMapping({"/me/recovery/observations", "/people/{personId}/recovery/observations"})
    String observe(@PathVariable(required = false) PersonId personId, @Valid @ModelAttribute("form") ObservationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        PersonId person = personId != null ? personId : user.personId();
        if (person == null) {
            throw new PersonNotFoundException();
        }
        if (Forms.attempt(binding, () -> clinical.record(user, person, form.observedKind(), form.observedValue(), form.observedOn(),
                form.source())).isEmpty()) {
            return page(personId, model, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Saved. The criteria below are worked out again from every observation.");
        return "redirect:" + (personId == null ? "/me/recovery" : "/people/" + personId + "/recovery");
    }

    @PostMapping("/api/v1/people/{personId}/observations")
    @ResponseBody
    ResponseEntity<RecordedObservation> create(@PathVariable PersonId personId, @RequestBody ObservationIn in) {
        RecordedObservation o = clinical.record(identity.require(), personId, in.kind(), in.value(), in.observedOn(), in.source());
        return ResponseEntity.created(URI.create("/api/v1/people/" + personId + "/observations/" + o.id())).body(o);
    }

    @GetMapping("/api/v1/people/{personId}/observations")
    @ResponseBody
    List<RecordedObservation> list(@PathVariable PersonId personId) {
        return clinical.observations(identity.require(), personId);
    }

    @GetMapping("/api/v1/people/{personId}/clinical-recovery")
    @ResponseBody
    ClinicalRules.Evaluation evaluation(@PathVariable PersonId personId, @RequestParam(required = false) String asOf) {
        return clinical.evaluate(identity.require(), personId, asOf);
    }
}
