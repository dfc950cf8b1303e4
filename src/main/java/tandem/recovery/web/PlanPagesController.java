package tandem.recovery.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.scoring.Chime;
import tandem.people.PeopleApi;
import tandem.recovery.CoachingSessions;
import tandem.recovery.CrisisPlanPdf;
import tandem.recovery.CrisisPlans;
import tandem.recovery.GoalStatus;
import tandem.recovery.Goals;
import tandem.recovery.Journal;
import tandem.recovery.Level;
import tandem.recovery.PlanOverview;
import tandem.recovery.PlanSections;
import tandem.recovery.PlanViews;
import tandem.recovery.RiskPlans;
import tandem.recovery.Style;
import tandem.recovery.Way;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TypedId;

/**
 * The recovery plan's pages. The same pages serve the person ({@code /me/plan}) and the workers
 * who may open their record ({@code /people/{id}/plan}); the person sees forms for their own words,
 * workers see forms for what they add beside them.
 */
@Controller
class PlanPagesController {

    private final CurrentUsers identity;
    private final PeopleApi people;
    private final PlanSections sections;
    private final Goals goals;
    private final CoachingSessions sessions;
    private final CrisisPlans crisis;
    private final RiskPlans risk;
    private final Journal journal;
    private final PlanOverview overview;
    private final TandemClock clock;

    PlanPagesController(CurrentUsers identity, PeopleApi people, PlanSections sections, Goals goals,
            CoachingSessions sessions, CrisisPlans crisis, RiskPlans risk, Journal journal, PlanOverview overview,
            TandemClock clock) {
        this.identity = identity;
        this.people = people;
        this.sections = sections;
        this.goals = goals;
        this.sessions = sessions;
        this.crisis = crisis;
        this.risk = risk;
        this.journal = journal;
        this.overview = overview;
        this.clock = clock;
    }

    /** Whose plan, seen by whom, and where its pages are. */
    private PlanContext context(UUID personId, Model model) {
        CurrentUser user = identity.require();
        UUID person = personId != null ? personId : TypedId.uuid(user.personId());
        if (person == null) {
            throw new PersonNotFoundException();
        }
        boolean self = user.isPersonSelf(PersonId.of(person));
        String base = personId == null ? "/me/plan" : "/people/" + personId + "/plan";
        String name = people.person(PersonId.of(person)).map(p -> p.displayName()).orElseThrow(PersonNotFoundException::new);
        String firstName = people.person(PersonId.of(person)).map(p -> p.firstName()).orElse(name);
        PlanContext c = new PlanContext(user, person, base, self, name, firstName, user.hasCareRole() && !self);
        model.addAttribute("plan", c);
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("zone", clock.zone());
        model.addAttribute("today", clock.today());
        return c;
    }

    // Overview

    @GetMapping({"/me/plan", "/people/{personId}/plan"})
    String overview(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        model.addAttribute("values", sections.values(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("strengths", sections.strengths(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("goals", goals.goals(c.user(), c.person()));
        model.addAttribute("suggestions", goals.openGoalSuggestions(c.user(), c.person()));
        model.addAttribute("crisis", crisis.versions(c.user(), c.person()).stream().findFirst().orElse(null));
        return "recovery/overview";
    }

    // Values and strengths

    @GetMapping({"/me/plan/values", "/people/{personId}/plan/values"})
    String values(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        var current = sections.values(c.user(), c.person()).stream().findFirst().orElse(null);
        model.addAttribute("values", current);
        model.addAttribute("form", current == null ? new HashMap<String, Object>() : valuesForm(current));
        model.addAttribute("cards", sections.valueCards());
        model.addAttribute("heard", sections.heard(c.user(), c.person()).stream().filter(h -> h.section().equals("VALUES")).toList());
        return "recovery/values";
    }

    @PostMapping("/me/plan/values")
    String saveValues(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            sections.saveValues(c.user(), c.person(), intOf(params.getFirst("version")), params.getFirst("whatMatters"),
                    params.get("valueCards"), params.getFirst("whatHelps"), params.getFirst("whatDoesNotHelp"),
                    params.getFirst("treatment"), params.getFirst("contact"), params.getFirst("involve"));
        } catch (InvalidInputException e) {
            return valuesAgain(c, params, model, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return valuesAgain(c, params, model, new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Saved. Your earlier versions are kept: see them under History.");
        return "redirect:/me/plan";
    }

    private String valuesAgain(PlanContext c, MultiValueMap<String, String> params, Model model, FormErrors errors) {
        var current = sections.values(c.user(), c.person()).stream().findFirst().orElse(null);
        model.addAttribute("values", current);
        Map<String, Object> form = new HashMap<>(params.toSingleValueMap());
        form.put("valueCards", params.getOrDefault("valueCards", List.of()));
        model.addAttribute("form", form);
        model.addAttribute("cards", sections.valueCards());
        model.addAttribute("heard", List.of());
        model.addAttribute("errors", errors);
        return "recovery/values";
    }

    private static Map<String, Object> valuesForm(PlanViews.Values v) {
        Map<String, Object> form = new HashMap<>();
        form.put("version", String.valueOf(v.version()));
        form.put("whatMatters", v.whatMatters());
        form.put("valueCards", v.valueCards());
        form.put("whatHelps", v.whatHelps());
        form.put("whatDoesNotHelp", v.whatDoesNotHelp());
        form.put("treatment", v.treatment());
        form.put("contact", v.contact());
        form.put("involve", v.involve());
        return form;
    }

    @PostMapping("/people/{personId}/plan/heard")
    String heard(@PathVariable UUID personId, @RequestParam(defaultValue = "") String section,
            @RequestParam(defaultValue = "") String heard, Model model, RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            sections.addHeard(c.user(), c.person(), section, heard);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "Nothing was added: " + e.problems().get(0).message() + ".");
            return "redirect:" + c.base() + ("STRENGTHS".equalsIgnoreCase(section) ? "/strengths" : "/values");
        }
        redirect.addFlashAttribute("flash", "Your note is beside " + c.firstName() + "'s words, with your name.");
        return "redirect:" + c.base() + ("STRENGTHS".equalsIgnoreCase(section) ? "/strengths" : "/values");
    }

    @GetMapping({"/me/plan/strengths", "/people/{personId}/plan/strengths"})
    String strengths(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        var current = sections.strengths(c.user(), c.person()).stream().findFirst().orElse(null);
        model.addAttribute("strengths", current);
        model.addAttribute("domains", sections.domains());
        model.addAttribute("form", current == null ? Map.of() : strengthsForm(current));
        model.addAttribute("heard", sections.heard(c.user(), c.person()).stream().filter(h -> h.section().equals("STRENGTHS")).toList());
        return "recovery/strengths";
    }

    @PostMapping("/me/plan/strengths")
    String saveStrengths(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            sections.saveStrengths(c.user(), c.person(), intOf(params.get("version")), params, params.get("priorities"));
        } catch (InvalidInputException e) {
            return strengthsAgain(c, params, model, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return strengthsAgain(c, params, model, new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Saved. Your earlier versions are kept: see them under History.");
        return "redirect:/me/plan";
    }

    private String strengthsAgain(PlanContext c, Map<String, String> params, Model model, FormErrors errors) {
        model.addAttribute("strengths", sections.strengths(c.user(), c.person()).stream().findFirst().orElse(null));
        model.addAttribute("domains", sections.domains());
        model.addAttribute("form", params);
        model.addAttribute("heard", List.of());
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

    @GetMapping({"/me/plan/history", "/people/{personId}/plan/history"})
    String history(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        model.addAttribute("values", sections.values(c.user(), c.person()));
        model.addAttribute("strengths", sections.strengths(c.user(), c.person()));
        return "recovery/history";
    }

    // Goals

    @GetMapping({"/me/plan/goals/new"})
    String newGoal(@RequestParam(required = false) UUID suggestion, Model model) {
        PlanContext c = context(null, model);
        Map<String, String> form = new HashMap<>();
        if (suggestion != null) {
            var s = goals.suggestion(c.user(), c.person(), suggestion);
            form.put("text", s.text());
            form.put("suggestion", s.id().toString());
            model.addAttribute("suggested", s);
        }
        return goalForm(model, null, form, FormErrors.NONE);
    }

    @PostMapping("/me/plan/goals")
    String createGoal(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        UUID suggestion = uuidOf(params.getFirst("suggestion"));
        try {
            var goal = goals.create(c.user(), c.person(), draft(params), suggestion);
            redirect.addFlashAttribute("flash", "Your goal is in your plan. Add the first steps when you are ready.");
            return "redirect:/me/plan/goals/" + goal.id();
        } catch (InvalidInputException e) {
            return goalForm(model, null, formOf(params), new FormErrors(e.problems()));
        }
    }

    @GetMapping({"/me/plan/goals/{goalId}", "/people/{personId}/plan/goals/{goalId}"})
    String goal(@PathVariable(required = false) UUID personId, @PathVariable UUID goalId, Model model) {
        PlanContext c = context(personId, model);
        model.addAttribute("goal", goals.goal(c.user(), c.person(), goalId));
        model.addAttribute("statuses", GoalStatus.values());
        return "recovery/goal";
    }

    @GetMapping("/me/plan/goals/{goalId}/edit")
    String editGoal(@PathVariable UUID goalId, Model model) {
        PlanContext c = context(null, model);
        var g = goals.goal(c.user(), c.person(), goalId);
        Map<String, String> form = new HashMap<>();
        form.put("text", g.current().text());
        form.put("version", String.valueOf(g.current().version()));
        form.put("weight", g.weight() == null ? "" : g.weight().stripTrailingZeros().toPlainString());
        g.current().levels().forEach((k, v) -> form.put("level" + k, v));
        g.current().chime().forEach(ch -> form.put("chime-" + ch.name(), "on"));
        return goalForm(model, goalId, form, FormErrors.NONE);
    }

    @PostMapping("/me/plan/goals/{goalId}")
    String updateGoal(@PathVariable UUID goalId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            goals.edit(c.user(), c.person(), goalId, intOf(params.getFirst("version")), draft(params));
        } catch (InvalidInputException e) {
            return goalForm(model, goalId, formOf(params), new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return goalForm(model, goalId, formOf(params), new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Saved as a new version. The earlier wording is kept.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/me/plan/goals/{goalId}/status")
    String status(@PathVariable UUID goalId, @RequestParam(defaultValue = "") String status, Model model,
            RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        goals.setStatus(c.user(), c.person(), goalId, status);
        redirect.addFlashAttribute("flash", "Saved.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/me/plan/goals/{goalId}/steps")
    String addStep(@PathVariable UUID goalId, @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String who, @RequestParam(defaultValue = "") String dueOn,
            @RequestParam(required = false) UUID suggestion, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            goals.addStep(c.user(), c.person(), goalId, what, who, dueOn, suggestion);
        } catch (InvalidInputException e) {
            model.addAttribute("goal", goals.goal(c.user(), c.person(), goalId));
            model.addAttribute("statuses", GoalStatus.values());
            model.addAttribute("errors", new FormErrors(e.problems()));
            model.addAttribute("step", Map.of("what", what, "who", who, "dueOn", dueOn));
            return "recovery/goal";
        }
        redirect.addFlashAttribute("flash", "Step added.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping("/me/plan/goals/{goalId}/steps/{stepId}/done")
    String stepDone(@PathVariable UUID goalId, @PathVariable UUID stepId, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        goals.stepDone(c.user(), c.person(), goalId, stepId);
        redirect.addFlashAttribute("flash", "Well done: marked as done.");
        return "redirect:/me/plan/goals/" + goalId;
    }

    @PostMapping({"/me/plan/goals/{goalId}/reviews", "/people/{personId}/plan/goals/{goalId}/reviews"})
    String review(@PathVariable(required = false) UUID personId, @PathVariable UUID goalId,
            @RequestParam(defaultValue = "") String level, @RequestParam(defaultValue = "") String note, Model model,
            RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            goals.review(c.user(), c.person(), goalId, level, note);
        } catch (InvalidInputException e) {
            model.addAttribute("goal", goals.goal(c.user(), c.person(), goalId));
            model.addAttribute("statuses", GoalStatus.values());
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "recovery/goal";
        }
        redirect.addFlashAttribute("flash", c.self() ? "Your rating is saved, beside your worker's." : "Your rating is saved, beside "
                + c.firstName() + "'s own.");
        return "redirect:" + c.base() + "/goals/" + goalId;
    }

    @PostMapping("/people/{personId}/plan/suggestions")
    String suggest(@PathVariable UUID personId, @RequestParam(required = false) UUID goalId,
            @RequestParam(defaultValue = "") String text, Model model, RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            goals.suggest(c.user(), c.person(), goalId, text);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "Nothing was suggested: " + e.problems().get(0).message() + ".");
            return "redirect:" + c.base() + (goalId == null ? "" : "/goals/" + goalId);
        }
        redirect.addFlashAttribute("flash", "Suggested. It becomes part of " + c.firstName()
                + "'s plan only if they accept it, in their own words.");
        return "redirect:" + c.base() + (goalId == null ? "" : "/goals/" + goalId);
    }

    @PostMapping("/me/plan/suggestions/{suggestionId}/decline")
    String decline(@PathVariable UUID suggestionId, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        goals.decline(c.user(), c.person(), suggestionId);
        redirect.addFlashAttribute("flash", "Declined. Your worker can see that you chose not to take it up.");
        return "redirect:/me/plan";
    }

    private String goalForm(Model model, UUID goalId, Map<String, String> form, FormErrors errors) {
        model.addAttribute("goalId", goalId);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("chimes", Chime.values());
        model.addAttribute("levels", Level.ALL);
        return "recovery/goalForm";
    }

    private static Goals.Draft draft(MultiValueMap<String, String> params) {
        Map<String, String> levels = new HashMap<>();
        for (int l : Level.ALL) {
            levels.put(String.valueOf(l), params.getFirst("level" + l));
        }
        return new Goals.Draft(params.getFirst("text"), params.get("chime"), levels, params.getFirst("weight"));
    }

    private static Map<String, String> formOf(MultiValueMap<String, String> params) {
        Map<String, String> form = new HashMap<>(params.toSingleValueMap());
        for (String ch : params.getOrDefault("chime", List.of())) {
            form.put("chime-" + ch, "on");
        }
        return form;
    }

    // Sessions

    @GetMapping({"/me/plan/sessions", "/people/{personId}/plan/sessions"})
    String sessions(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        return sessionsPage(c, model, Map.of("heldOn", clock.today().toString()), List.of());
    }

    private String sessionsPage(PlanContext c, Model model, Map<String, String> form, List<String> wording) {
        model.addAttribute("sessions", sessions.sessions(c.user(), c.person()));
        model.addAttribute("goals", goals.goals(c.user(), c.person()));
        model.addAttribute("styles", Style.values());
        model.addAttribute("form", form);
        model.addAttribute("wording", wording);
        return "recovery/sessions";
    }

    @PostMapping("/people/{personId}/plan/sessions")
    String writeSession(@PathVariable UUID personId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            var saved = sessions.write(c.user(), c.person(), params.getFirst("heldOn"), params.getFirst("style"),
                    params.getFirst("notes"), params.get("goals"));
            if (!saved.wording().isEmpty()) {
                redirect.addFlashAttribute("flash", "Saved. A gentle check: peer notes use everyday words. You wrote "
                        + String.join(", ", saved.wording()) + ". You can add a clearer note any time.");
            } else {
                redirect.addFlashAttribute("flash", "Saved. " + c.firstName() + " can read this note and add their own reflection.");
            }
        } catch (InvalidInputException e) {
            model.addAttribute("errors", new FormErrors(e.problems()));
            return sessionsPage(c, model, params.toSingleValueMap(), List.of());
        }
        return "redirect:" + c.base() + "/sessions";
    }

    @PostMapping("/me/plan/sessions/{sessionId}/reflection")
    String reflect(@PathVariable UUID sessionId, @RequestParam(defaultValue = "") String reflection, Model model,
            RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            sessions.reflect(c.user(), c.person(), sessionId, reflection);
        } catch (InvalidInputException e) {
            model.addAttribute("errors", new FormErrors(e.problems()));
            return sessionsPage(c, model, Map.of(), List.of());
        }
        redirect.addFlashAttribute("flash", "Your reflection is saved beside the note.");
        return "redirect:/me/plan/sessions";
    }

    // CHIME profile

    @GetMapping({"/me/plan/chime", "/people/{personId}/plan/chime"})
    String chime(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        model.addAttribute("processes", overview.chimeProfile(c.user(), c.person()));
        return "recovery/chime";
    }

    // Wellness and crisis plan

    @GetMapping({"/me/plan/crisis", "/people/{personId}/plan/crisis"})
    String crisis(@PathVariable(required = false) UUID personId, @RequestParam(required = false) Integer version,
            Model model) {
        PlanContext c = context(personId, model);
        var versions = crisis.versions(c.user(), c.person());
        var shown = versions.stream().filter(v -> version == null || v.version() == version).findFirst().orElse(null);
        if (version != null && shown == null) {
            throw new tandem.shared.error.NotFoundException("Version");
        }
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("sections", CrisisPlans.SECTIONS);
        model.addAttribute("supporters", c.self() ? crisis.supporters(c.user(), c.person()) : List.of());
        return "recovery/crisis";
    }

    @GetMapping("/me/plan/crisis/edit")
    String editCrisis(Model model) {
        PlanContext c = context(null, model);
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

    @PostMapping("/me/plan/crisis")
    String saveCrisis(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            crisis.save(c.user(), c.person(), intOf(params.get("version")), params, params.get("reviewDue"));
        } catch (InvalidInputException e) {
            return crisisForm(model, params, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return crisisForm(model, params, new FormErrors(List.of(e.problem())));
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

    @PostMapping("/me/plan/crisis/sharing")
    String shareCrisis(@RequestParam(required = false) UUID supporter, @RequestParam(defaultValue = "") String share,
            Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
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

    @GetMapping({"/me/plan/crisis.pdf", "/people/{personId}/plan/crisis.pdf"})
    ResponseEntity<byte[]> crisisPdf(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        var current = crisis.versions(c.user(), c.person()).stream().findFirst()
                .orElseThrow(() -> new tandem.shared.error.NotFoundException("Plan"));
        return pdf(c.name(), current);
    }

    @GetMapping("/supporting/{personId}/crisis-plan")
    String supporterCrisis(@PathVariable UUID personId, Model model) {
        CurrentUser user = identity.require();
        var shared = crisis.shared(user, personId);
        String name = people.person(PersonId.of(personId)).map(p -> p.displayName()).orElseThrow(PersonNotFoundException::new);
        model.addAttribute("name", name);
        model.addAttribute("personId", personId);
        model.addAttribute("shown", shared.isEmpty() ? null : shared.get(0));
        model.addAttribute("sections", CrisisPlans.SECTIONS);
        model.addAttribute("zone", clock.zone());
        return "recovery/supporterCrisis";
    }

    @GetMapping("/supporting/{personId}/crisis-plan.pdf")
    ResponseEntity<byte[]> supporterCrisisPdf(@PathVariable UUID personId) {
        CurrentUser user = identity.require();
        var shared = crisis.shared(user, personId);
        if (shared.isEmpty()) {
            throw new tandem.shared.error.NotFoundException("Plan");
        }
        return pdf(people.person(PersonId.of(personId)).map(p -> p.displayName()).orElseThrow(PersonNotFoundException::new), shared.get(0));
    }

    private ResponseEntity<byte[]> pdf(String name, PlanViews.CrisisPlan plan) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("wellness-and-crisis-plan.pdf")
                        .build().toString())
                .body(CrisisPlanPdf.render(name, plan, clock.zone()));
    }

    // Positive risk-taking plans

    @GetMapping({"/me/plan/risk", "/people/{personId}/plan/risk"})
    String riskPlans(@PathVariable(required = false) UUID personId, Model model) {
        PlanContext c = context(personId, model);
        model.addAttribute("plans", risk.plans(c.user(), c.person()));
        model.addAttribute("form", Map.of("reviewOn", clock.today().plusMonths(3).toString()));
        return "recovery/risk";
    }

    @PostMapping({"/me/plan/risk", "/people/{personId}/plan/risk"})
    String newRiskPlan(@PathVariable(required = false) UUID personId, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            var plan = risk.write(c.user(), c.person(), null, 0, params.get("goal"), params.get("risks"), params.get("smaller"),
                    params.get("whoDoesWhat"), params.get("reviewOn"));
            redirect.addFlashAttribute("flash", "Saved. It is agreed when you both agree this version.");
            return "redirect:" + c.base() + "/risk/" + plan.id();
        } catch (InvalidInputException e) {
            model.addAttribute("plans", risk.plans(c.user(), c.person()));
            model.addAttribute("form", params);
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "recovery/risk";
        }
    }

    @GetMapping({"/me/plan/risk/{planId}", "/people/{personId}/plan/risk/{planId}"})
    String riskPlan(@PathVariable(required = false) UUID personId, @PathVariable UUID planId, Model model) {
        PlanContext c = context(personId, model);
        var plan = risk.plan(c.user(), c.person(), planId);
        model.addAttribute("riskPlan", plan);
        var v = plan.current();
        model.addAttribute("form", Map.of("goal", v.goal(), "risks", v.risks(), "smaller", v.smaller(), "whoDoesWhat",
                v.whoDoesWhat(), "reviewOn", v.reviewOn().toString(), "version", String.valueOf(v.version())));
        return "recovery/riskPlan";
    }

    @PostMapping({"/me/plan/risk/{planId}", "/people/{personId}/plan/risk/{planId}"})
    String riskVersion(@PathVariable(required = false) UUID personId, @PathVariable UUID planId,
            @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            risk.write(c.user(), c.person(), planId, intOf(params.get("version")), params.get("goal"), params.get("risks"),
                    params.get("smaller"), params.get("whoDoesWhat"), params.get("reviewOn"));
        } catch (InvalidInputException e) {
            model.addAttribute("riskPlan", risk.plan(c.user(), c.person(), planId));
            model.addAttribute("form", params);
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "recovery/riskPlan";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
            return "redirect:" + c.base() + "/risk/" + planId;
        }
        redirect.addFlashAttribute("flash", "Saved as a new version. Any earlier agreement was for the earlier version.");
        return "redirect:" + c.base() + "/risk/" + planId;
    }

    @PostMapping({"/me/plan/risk/{planId}/agree", "/people/{personId}/plan/risk/{planId}/agree"})
    String agree(@PathVariable(required = false) UUID personId, @PathVariable UUID planId,
            @RequestParam(defaultValue = "-1") int version, Model model, RedirectAttributes redirect) {
        PlanContext c = context(personId, model);
        try {
            var plan = risk.agree(c.user(), c.person(), planId, version);
            redirect.addFlashAttribute("flash", plan.agreed() ? "Agreed by both of you." : "Your agreement is recorded.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:" + c.base() + "/risk/" + planId;
    }

    // Journal

    @GetMapping({"/me/plan/journal", "/people/{personId}/plan/journal"})
    String journal(@PathVariable(required = false) UUID personId, @RequestParam(required = false) String week, Model model) {
        PlanContext c = context(personId, model);
        boolean shared = journal.open(c.user(), c.person());
        LocalDate day = null;
        try {
            day = week == null || week.isBlank() ? null : LocalDate.parse(week);
        } catch (java.time.format.DateTimeParseException e) {
            throw new tandem.shared.error.NotFoundException("Week");
        }
        return journalPage(c, model, shared, day, Map.of("on", clock.today().toString()));
    }

    private String journalPage(PlanContext c, Model model, boolean shared, LocalDate day, Map<String, String> form) {
        model.addAttribute("shared", shared);
        model.addAttribute("week", journal.week(c.person(), day));
        model.addAttribute("trend", journal.trend(c.person()));
        model.addAttribute("ways", Way.values());
        model.addAttribute("form", form);
        return "recovery/journal";
    }

    @PostMapping("/me/plan/journal")
    String addJournal(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        try {
            journal.add(c.user(), c.person(), params.get("on"), params.get("way"), params.get("note"));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", new FormErrors(e.problems()));
            return journalPage(c, model, journal.open(c.user(), c.person()), null, params);
        }
        redirect.addFlashAttribute("flash", "Added to your journal.");
        return "redirect:/me/plan/journal";
    }

    @PostMapping("/me/plan/journal/sharing")
    String shareJournal(@RequestParam(defaultValue = "") String share, Model model, RedirectAttributes redirect) {
        PlanContext c = context(null, model);
        journal.share(c.user(), c.person(), "yes".equals(share));
        redirect.addFlashAttribute("flash", "yes".equals(share) ? "Your care team can now read your journal."
                : "Your journal is private again.");
        return "redirect:/me/plan/journal";
    }

    // Team participation

    @GetMapping("/plan/participation")
    String participation(Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("teams", overview.participation(user));
        model.addAttribute("days", PlanOverview.REVIEW_DAYS);
        return "recovery/participation";
    }

    static int intOf(String s) {
        try {
            return s == null || s.isBlank() ? 0 : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static UUID uuidOf(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.trim());
        } catch (IllegalArgumentException e) {
            return new UUID(0, 0);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
