package tandem.recovery.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.people.PeopleApi;
import tandem.recovery.CrisisPlans;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.PersonId;

/** A person's crisis plan as a supporter they chose to share it with sees it (and nothing else of the plan). */
@Controller
class SupporterCrisisPages {

    private final CurrentUsers identity;
    private final PeopleApi people;
    private final CrisisPlans crisis;
    private final CrisisPlanDownloads downloads;
    private final TandemClock clock;

    SupporterCrisisPages(CurrentUsers identity, PeopleApi people, CrisisPlans crisis, CrisisPlanDownloads downloads,
            TandemClock clock) {
        this.identity = identity;
        this.people = people;
        this.crisis = crisis;
        this.downloads = downloads;
        this.clock = clock;
    }

    @GetMapping("/supporting/{personId}/crisis-plan")
    String supporterCrisis(@PathVariable PersonId personId, Model model) {
        CurrentUser user = identity.require();
        var shared = crisis.shared(user, personId);
        model.addAttribute("name", name(personId));
        model.addAttribute("personId", personId);
        model.addAttribute("shown", shared.isEmpty() ? null : shared.get(0));
        model.addAttribute("sections", CrisisPlans.SECTIONS);
        model.addAttribute("zone", clock.zone());
        return "recovery/supporterCrisis";
    }

    @GetMapping("/supporting/{personId}/crisis-plan.pdf")
    ResponseEntity<byte[]> supporterCrisisPdf(@PathVariable PersonId personId) {
        var shared = crisis.shared(identity.require(), personId);
        if (shared.isEmpty()) {
            throw new NotFoundException("Plan");
        }
        return downloads.pdf(name(personId), shared.get(0));
    }

    private String name(PersonId personId) {
        return people.person(personId).map(p -> p.displayName()).orElseThrow(PersonNotFoundException::new);
    }
}
