package tandem.measures.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.consent.AccessDecisions;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.MeasuresApi;
import tandem.measures.ResultView;
import tandem.measures.StoredResponse;
import tandem.measures.scoring.Instrument;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;
import tandem.shared.web.FormErrors;

/**
 * Questionnaire pages: the person's own check-ins and results, and the same for staff who may
 * open the person's record ("completed together" when a worker enters it in a session).
 */
@Controller
class MeasuresPagesController {

    private final CurrentUsers identity;
    private final MeasuresApi measures;
    private final AccessDecisions access;
    private final PeopleApi people;
    private final tandem.measures.Administering administering;
    private final tandem.measures.SafetyAlerts safety;

    MeasuresPagesController(CurrentUsers identity, MeasuresApi measures, AccessDecisions access, PeopleApi people,
            tandem.measures.Administering administering, tandem.measures.SafetyAlerts safety) {
        this.safety = safety;
        this.administering = administering;
        this.identity = identity;
        this.measures = measures;
        this.access = access;
        this.people = people;
    }

    // The person's own pages

    @GetMapping("/me/measures")
    String mine(Model model) {
        CurrentUser user = identity.require();
        return list(model, user, self(user), "/me/measures", true);
    }

    @GetMapping("/me/measures/{code}")
    String myResults(@PathVariable String code, Model model) {
        CurrentUser user = identity.require();
        return results(model, user, self(user), code, "/me/measures", true);
    }

    @GetMapping("/me/measures/{code}/new")
    String myForm(@PathVariable String code, Model model) {
        CurrentUser user = identity.require();
        self(user);
        Instrument instrument = selfCompletable(code);
        return form(model, instrument, "/me/measures/" + code, Map.of(), FormErrors.NONE, false, null, self(user));
    }

    @PostMapping("/me/measures/{code}")
    String myAnswers(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        PersonId personId = self(user);
        Instrument instrument = selfCompletable(code);
        return submit(model, redirect, user, personId, instrument, params, "/me/measures/" + code, false, null);
    }

    /** After a safety answer: where to get help now, before any result. */
    @GetMapping("/me/measures/{code}/help")
    String myHelp(@PathVariable String code, Model model) {
        CurrentUser user = identity.require();
        self(user);
        Instrument instrument = measures.instrument(code);
        model.addAttribute("code", instrument.code());
        model.addAttribute("title", instrument.title());
        return "measures/help";
    }

    // Staff pages for a person they may see

    @GetMapping("/people/{personId}/measures")
    String theirs(@PathVariable PersonId personId, Model model) {
        return staffList(model, identity.require(), personId, FormErrors.NONE);
    }

    String staffList(Model model, CurrentUser user, PersonId personId, FormErrors errors) {
        String view = list(model, user, personId, "/people/" + personId + "/measures", false);
        model.addAttribute("errors", errors);
        model.addAttribute("canAssign", !user.isPersonSelf(personId));
        model.addAttribute("alerts", safety.openFor(user).stream().filter(a -> a.personId().equals(personId)).toList());
        return view;
    }

    @GetMapping("/people/{personId}/measures/{code}")
    String theirResults(@PathVariable PersonId personId, @PathVariable String code, Model model) {
        return results(model, identity.require(), personId, code, "/people/" + personId + "/measures", false);
    }

    @GetMapping("/people/{personId}/measures/{code}/new")
    String togetherForm(@PathVariable PersonId personId, @PathVariable String code, Model model) {
        CurrentUser user = identity.require();
        access.openRecord(user, personId, "questionnaire form");
        Instrument instrument = measures.instrument(code);
        // A clinician-rated instrument is the worker's own rating, not something completed together.
        return form(model, instrument, "/people/" + personId + "/measures/" + code, Map.of(), FormErrors.NONE,
                instrument.selfReport(), name(personId), personId);
    }

    @PostMapping("/people/{personId}/measures/{code}")
    String togetherAnswers(@PathVariable PersonId personId, @PathVariable String code,
            @RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        Instrument instrument = measures.instrument(code);
        return submit(model, redirect, user, personId, instrument, params, "/people/" + personId + "/measures/" + code,
                instrument.selfReport(), name(personId));
    }

    @PostMapping("/people/{personId}/measures/safety-alerts/{alertId}/seen")
    String alertSeen(@PathVariable PersonId personId, @PathVariable UUID alertId, RedirectAttributes redirect) {
        safety.markSeen(identity.require(), personId, alertId);
        redirect.addFlashAttribute("flash", "Marked seen. It is no longer on the care team's home page.");
        return "redirect:/people/" + personId + "/measures";
    }

    @GetMapping("/me/measures/relationships")
    String myRelationships(Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("pairs", measures.relationship(user, self(user)));
        model.addAttribute("base", "/me/measures");
        model.addAttribute("personName", null);
        return "measures/relationships";
    }

    @GetMapping("/people/{personId}/measures/relationships")
    String theirRelationships(@PathVariable PersonId personId, Model model) {
        model.addAttribute("pairs", measures.relationship(identity.require(), personId));
        model.addAttribute("base", "/people/" + personId + "/measures");
        model.addAttribute("personName", name(personId));
        return "measures/relationships";
    }

    private String list(Model model, CurrentUser user, PersonId personId, String base, boolean self) {
        List<StoredResponse> all = measures.history(user, personId, null);
        List<QuestionnaireLine> lines = new ArrayList<>();
        for (Instrument i : measures.instruments()) {
            List<StoredResponse> mine = all.stream().filter(r -> r.instrument().equals(i.code())).toList();
            if (!self || !mine.isEmpty() || canSelfComplete(i)) {
                lines.add(new QuestionnaireLine(i, mine.isEmpty() ? null : mine.get(0), mine.size()));
            }
        }
        model.addAttribute("lines", lines);
        model.addAttribute("base", base);
        model.addAttribute("self", self);
        model.addAttribute("personName", self ? null : name(personId));
        model.addAttribute("personId", personId);
        List<Instrument> instruments = measures.instruments();
        // A person sees only the requests they can open; staff see every request, to end the ones they cannot.
        model.addAttribute("assignments", administering.assignments(personId).stream().filter(a -> !self
                || instruments.stream().anyMatch(i -> i.code().equals(a.instrument()) && canSelfComplete(i))).toList());
        model.addAttribute("instruments", instruments);
        model.addAttribute("requestable", instruments.stream().filter(Instrument::personCanComplete).toList());
        model.addAttribute("today", java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")));
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("canAssign", false);
        model.addAttribute("alerts", List.of());
        return "measures/list";
    }

    private String results(Model model, CurrentUser user, PersonId personId, String code, String base, boolean self) {
        ResultView view = measures.results(user, personId, code);
        Instrument instrument = measures.instrument(code);
        model.addAttribute("view", view);
        model.addAttribute("instrument", instrument);
        model.addAttribute("base", base);
        model.addAttribute("self", self);
        model.addAttribute("personName", self ? null : name(personId));
        model.addAttribute("canAnswer", self ? canSelfComplete(instrument) : true);
        return "measures/results";
    }

    private String submit(Model model, RedirectAttributes redirect, CurrentUser user, PersonId personId, Instrument instrument,
            MultiValueMap<String, String> params, String action, boolean together, String personName) {
        AnswerForm form = AnswerForm.read(instrument, params);
        try {
            form.throwIfUnreadable();
            String about = params.getFirst("aboutStaffId");
            StaffId aboutStaff = null;
            if ("STAR_P".equals(instrument.code())) {
                try {
                    aboutStaff = StaffId.of(UUID.fromString(about == null ? "" : about));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("aboutStaffId", "Choose the worker this is about");
                }
            }
            StoredResponse stored = measures.record(user, personId, instrument.code(), form.answers(), null, together, null, aboutStaff);
            if (instrument.safetyAnswer(stored.answers())) {
                if (user.isPersonSelf(personId)) {
                    // Where to get help comes first, before any result.
                    return "redirect:/me/measures/" + instrument.code() + "/help";
                }
                redirect.addFlashAttribute("flash", "Saved. This includes a safety answer about thoughts of self-harm: it is at the"
                        + " top of the care team's home page and has been e-mailed to the team's duty contact. Talk with "
                        + personName + " now about where to get help.");
                return "redirect:" + action;
            }
        } catch (InvalidInputException e) {
            return form(model, instrument, action, form.entered(), new FormErrors(AnswerForm.onForm(instrument, e.problems())),
                    together, personName, personId);
        }
        redirect.addFlashAttribute("flash", "Thank you. Your answers are saved and scored.");
        return "redirect:" + action;
    }

    private String form(Model model, Instrument instrument, String action, Map<String, String> entered,
            FormErrors errors, boolean together, String personName, PersonId personId) {
        model.addAttribute("workers", "STAR_P".equals(instrument.code())
                ? people.careTeamOf(personId, java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"))) : List.of());
        model.addAttribute("instrument", instrument);
        model.addAttribute("action", action);
        model.addAttribute("entered", entered);
        model.addAttribute("errors", errors);
        model.addAttribute("together", together);
        model.addAttribute("personName", personName);
        model.addAttribute("workerRating", personName != null && !instrument.selfReport());
        return "measures/form";
    }

    private Instrument selfCompletable(String code) {
        Instrument instrument = measures.instrument(code);
        if (!canSelfComplete(instrument)) {
            throw new tandem.shared.error.NotFoundException("Questionnaire");
        }
        return instrument;
    }

    /** A person completes on their own only questionnaires for them whose wording is installed. */
    static boolean canSelfComplete(Instrument instrument) {
        return instrument.personCanComplete();
    }

    private String name(PersonId personId) {
        return people.person(personId).map(PersonView::displayName).orElse("");
    }

    private static PersonId self(CurrentUser user) {
        if (user.personId() == null) {
            throw new PersonNotFoundException();
        }
        return user.personId();
    }
}
