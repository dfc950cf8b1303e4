package tandem.change.web;

import java.io.IOException;
import java.util.ArrayList;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletRequest;
import tandem.change.Challenges;
import tandem.change.OrganisationalChange;
import tandem.change.OrganisationalChange.RatingIn;
import tandem.change.OrganisationalChange.Upload;
import tandem.change.Stages;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.web.FormErrors;

/** Organisational change pages for the service lead, the programme lead and the college manager. */
@Controller
class ChangeController {

    private final CurrentUsers identity;
    private final OrganisationalChange change;
    private final Stages stages;
    private final PeopleApi people;

    ChangeController(CurrentUsers identity, OrganisationalChange change, Stages stages, PeopleApi people) {
        this.identity = identity;
        this.change = change;
        this.stages = stages;
        this.people = people;
    }

    private void common(Model model) {
        model.addAttribute("challenges", Challenges.ALL);
        model.addAttribute("stages", stages.all());
        model.addAttribute("errors", FormErrors.NONE);
    }

    @GetMapping("/change")
    String overview(Model model) {
        CurrentUser lead = identity.require();
        common(model);
        var all = change.assessments(lead, null, null);
        model.addAttribute("assessments", all);
        List<tandem.change.ChangeViews.Assessment> organisation = new ArrayList<>(
                all.stream().filter(a -> a.scope().equals("ORGANISATION")).toList());
        java.util.Collections.reverse(organisation);
        model.addAttribute("organisation", organisation);
        model.addAttribute("teams", people.teams(lead.organisationId()));
        model.addAttribute("colleges", change.colleges(lead).orElse(null));
        return "change/overview";
    }

    @GetMapping("/change/assessments/new")
    String newAssessment(Model model) {
        CurrentUser lead = identity.require();
        change.assessments(lead, "ORGANISATION", null);
        return assessmentForm(model, lead, Map.of("scope", "ORGANISATION:" + lead.organisationId()), FormErrors.NONE);
    }

    private String assessmentForm(Model model, CurrentUser lead, Map<String, String> form, FormErrors errors) {
        common(model);
        List<String[]> scopes = new ArrayList<>();
        scopes.add(new String[] {"ORGANISATION:" + lead.organisationId(), "The whole organisation"});
        people.sites(lead.organisationId()).forEach(s -> scopes.add(new String[] {"SITE:" + s.id(), "Site: " + s.name()}));
        people.teams(lead.organisationId()).forEach(t -> scopes.add(new String[] {"TEAM:" + t.id(), "Team: " + t.name()}));
        model.addAttribute("scopes", scopes);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/assessmentForm";
    }

    @PostMapping("/change/assessments")
    String assess(@RequestParam MultiValueMap<String, String> params, HttpServletRequest request, Model model,
            RedirectAttributes redirect) throws IOException {
        CurrentUser lead = identity.require();
        String[] scope = (params.getFirst("scope") == null ? "" : params.getFirst("scope")).split(":", 2);
        List<RatingIn> ratings = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (int c = 1; c <= 10; c++) {
            String stage = params.getFirst("stage" + c);
            if (stage != null && !stage.isBlank()) {
                ratings.add(new RatingIn(c, stage, params.getFirst("evidence" + c), params.getFirst("links" + c)));
            }
            MultipartHttpServletRequest multipart = org.springframework.web.util.WebUtils.getNativeRequest(request,
                    MultipartHttpServletRequest.class);
            if (multipart != null) {
                MultipartFile file = multipart.getFile("file" + c);
                if (file != null && !file.isEmpty()) {
                    uploads.add(new Upload(c, file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        try {
            var a = change.assess(lead, scope[0], scope.length > 1 ? scope[1] : null, params.getFirst("assessedOn"),
                    intOrNull(params.getFirst("participants")), intOrNull(params.getFirst("livedExperience")), ratings, uploads);
            redirect.addFlashAttribute("flash", "Saved. The chart now includes this rating.");
            return "redirect:/change/assessments/" + a.id();
        } catch (InvalidInputException e) {
            return assessmentForm(model, lead, params.toSingleValueMap(), new FormErrors(e.problems()));
        }
    }

    @GetMapping("/change/assessments/{id}")
    String assessment(@PathVariable UUID id, Model model) {
        common(model);
        model.addAttribute("assessment", change.assessment(identity.require(), id));
        return "change/assessment";
    }

    @GetMapping("/change/evidence/{fileId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID fileId) {
        Object[] f = change.evidence(identity.require(), fileId);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) f[1]))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename((String) f[0]).build().toString())
                .header("X-Content-Type-Options", "nosniff").body((byte[]) f[2]);
    }

    @GetMapping("/change/teams/{teamId}")
    String trip(@PathVariable UUID teamId, Model model) {
        CurrentUser user = identity.require();
        return tripPage(model, user, teamId, null, FormErrors.NONE);
    }

    private String tripPage(Model model, CurrentUser user, UUID teamId, MultiValueMap<String, String> form, FormErrors errors) {
        common(model);
        model.addAttribute("team", change.teamOf(user, teamId));
        var trips = change.trips(user, teamId);
        model.addAttribute("trips", trips);
        model.addAttribute("lead", user.has(tandem.identity.Role.SERVICE_LEAD));
        model.addAttribute("benchmark", user.has(tandem.identity.Role.SERVICE_LEAD)
                ? change.assessments(user, "TEAM", teamId.toString()).stream().findFirst().orElse(null) : null);
        model.addAttribute("form", form == null ? Map.of() : form.toSingleValueMap());
        model.addAttribute("errors", errors);
        return "change/trip";
    }

    @PostMapping("/change/teams/{teamId}")
    String saveTrip(@PathVariable UUID teamId, @RequestParam MultiValueMap<String, String> params, Model model,
            RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        try {
            change.saveTrip(lead, teamId, intOf(params.getFirst("version")), params.getFirst("resources"),
                    List.of(nz(params.getFirst("priority1")), nz(params.getFirst("priority2")), nz(params.getFirst("priority3"))),
                    java.util.Arrays.asList(params.getFirst("text1"), params.getFirst("text2"), params.getFirst("text3")),
                    params.getFirst("reviewOn"));
        } catch (InvalidInputException e) {
            return tripPage(model, lead, teamId, params, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return tripPage(model, lead, teamId, params, new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Saved as a new version. The earlier priorities are kept below.");
        return "redirect:/change/teams/" + teamId;
    }

    @GetMapping("/change/cycles")
    String cycles(Model model) {
        common(model);
        model.addAttribute("cycles", change.cycles(identity.require()));
        model.addAttribute("form", Map.of());
        return "change/cycles";
    }

    @PostMapping("/change/cycles")
    String startCycle(@RequestParam(defaultValue = "") String challenge, @RequestParam(defaultValue = "") String title,
            Model model, RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        try {
            var c = change.startCycle(lead, challenge, title);
            redirect.addFlashAttribute("flash", "Started. Record the joint agreement first.");
            return "redirect:/change/cycles/" + c.id();
        } catch (InvalidInputException e) {
            common(model);
            model.addAttribute("cycles", change.cycles(lead));
            model.addAttribute("form", Map.of("challenge", challenge, "title", title));
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "change/cycles";
        }
    }

    @GetMapping("/change/cycles/{id}")
    String cycle(@PathVariable UUID id, Model model) {
        common(model);
        model.addAttribute("cycle", change.cycle(identity.require(), id));
        model.addAttribute("steps", OrganisationalChange.CYCLE_STEPS);
        model.addAttribute("form", Map.of());
        return "change/cycle";
    }

    @PostMapping("/change/cycles/{id}/steps")
    String step(@PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser lead = identity.require();
        try {
            change.addStep(lead, id, params.get("step"), params.get("text"), params.get("doneOn"));
        } catch (InvalidInputException e) {
            common(model);
            model.addAttribute("cycle", change.cycle(lead, id));
            model.addAttribute("steps", OrganisationalChange.CYCLE_STEPS);
            model.addAttribute("form", params);
            model.addAttribute("errors", new FormErrors(e.problems()));
            return "change/cycle";
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/change/cycles/" + id;
    }

    @PostMapping("/change/cycles/{id}/close")
    String close(@PathVariable UUID id, RedirectAttributes redirect) {
        try {
            change.closeCycle(identity.require(), id);
            redirect.addFlashAttribute("flash", "The cycle is closed.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/change/cycles/" + id;
    }

    @PostMapping("/change/colleges")
    String colleges(@RequestParam(defaultValue = "") String collegesOpen, @RequestParam(defaultValue = "") String collegesPlanned,
            RedirectAttributes redirect) {
        try {
            change.saveColleges(identity.require(), collegesOpen, collegesPlanned);
            redirect.addFlashAttribute("flash", "Saved. The programme view shows these counts.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flash", "Nothing was saved: " + e.problems().get(0).message() + ".");
        }
        return "redirect:/change";
    }

    @GetMapping("/change/programme")
    String programme(Model model) {
        common(model);
        model.addAttribute("members", change.programme(identity.require()));
        return "change/programme";
    }

    @GetMapping("/change/fidelity")
    String fidelity(Model model) {
        CurrentUser user = identity.require();
        return fidelityPage(model, user, Map.of(), FormErrors.NONE);
    }

    private String fidelityPage(Model model, CurrentUser user, Map<String, String> form, FormErrors errors) {
        model.addAttribute("history", change.fidelity(user));
        model.addAttribute("components", OrganisationalChange.FIDELITY);
        model.addAttribute("canRate", user.has(tandem.identity.Role.COLLEGE_ADMIN));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "change/fidelity";
    }

    @PostMapping("/change/fidelity")
    String rate(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        change.fidelity(user);
        try {
            change.rateFidelity(user, params.get("term"), params);
        } catch (InvalidInputException e) {
            return fidelityPage(model, user, params, new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Saved for " + params.get("term") + ".");
        return "redirect:/change/fidelity";
    }

    private static Integer intOrNull(String s) {
        try {
            return s == null || s.isBlank() ? null : Integer.valueOf(s.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int intOf(String s) {
        Integer n = intOrNull(s);
        return n == null ? 0 : n;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
