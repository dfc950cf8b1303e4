package tandem.reporting.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import tandem.consent.AccessDecisions;
import tandem.people.DemoOrganisationSeeded;
import tandem.shared.ids.PersonId;

/** Demo data: Alex and about a third of the demo people have said yes to research use; Jo has not. */
@Component
class DemoResearchConsent {

    private final AccessDecisions access;

    DemoResearchConsent(AccessDecisions access) {
        this.access = access;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        List<PersonId> people = seeded.people();
        for (int i = 0; i < people.size(); i++) {
            PersonId person = people.get(i);
            if (person.equals(seeded.alex()) || (i % 3 == 0 && !person.equals(seeded.jo()))) {
                access.seedResearchConsent(person, true);
            }
        }
    }
}
