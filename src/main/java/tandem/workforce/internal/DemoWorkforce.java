package tandem.workforce.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.people.DemoOrganisationSeeded;
import tandem.people.PeopleApi;
import tandem.people.StaffView;
import tandem.shared.TandemClock;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;
import tandem.workforce.PeerRole;
import tandem.workforce.internal.PeerStore.SupervisionRow;
import tandem.workforce.internal.PeerStore.TrainingRow;

/**
 * Demo workforce: peer roles in all three organisations, supervision (one due), training (some
 * expiring), lived-experience answers from most Riverside staff and a year of monthly counts.
 */
@Component
class DemoWorkforce {

    private final PeerStore store;
    private final LivedExperienceStore lived;
    private final PeopleApi people;
    private final TransactionTemplate tx;
    private final TandemClock clock;

    DemoWorkforce(PeerStore store, LivedExperienceStore lived, PeopleApi people, TransactionTemplate tx, TandemClock clock) {
        this.store = store;
        this.lived = lived;
        this.people = people;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        tx.executeWithoutResult(status -> seed(seeded));
    }

    private void seed(DemoOrganisationSeeded s) {
        LocalDate today = clock.today();
        Instant now = clock.now();
        List<UUID> orgs = new ArrayList<>(List.of(s.organisationId().value()));
        s.otherOrganisations().forEach(o -> orgs.add(o.value()));
        for (UUID org : orgs) {
            for (StaffView st : people.staffOf(OrganisationId.of(org))) {
                String job = st.jobTitle() == null ? "" : st.jobTitle().toLowerCase();
                if (job.contains("senior peer")) {
                    store.replaceRoles(st.id(), List.of(PeerRole.SENIOR_PEER_WORKER), today.minusYears(2));
                } else if (job.contains("peer support")) {
                    store.replaceRoles(st.id(), List.of(PeerRole.PEER_SUPPORT_WORKER), today.minusYears(1));
                } else if (job.contains("peer trainer")) {
                    store.replaceRoles(st.id(), List.of(PeerRole.PEER_TRAINER), today.minusYears(1));
                }
            }
        }
        StaffId jess = people.staffOf(s.organisationId()).stream().filter(x -> x.givenName().equals("Jess")).findFirst()
                .orElseThrow().id();
        store.replaceRoles(jess, List.of(PeerRole.SENIOR_PEER_WORKER, PeerRole.PEER_TRAINER), today.minusYears(3));
        store.insertSupervision(new SupervisionRow(UUID.randomUUID(), s.pat(), jess, today.minusDays(30),
                "Talked about boundaries when sharing my story, and a plan for the walking group.", today.plusDays(12)),
                "jess", now);
        store.insertTraining(new TrainingRow(UUID.randomUUID(), s.pat(), "Accredited peer support training", true,
                today.minusDays(700), today.plusDays(30)), "lead", now);
        store.insertTraining(new TrainingRow(UUID.randomUUID(), jess, "Peer supervision training", true, today.minusDays(200),
                today.plusDays(530)), "lead", now);
        store.insertTraining(new TrainingRow(UUID.randomUUID(), s.sam(), "Recovery principles, co-delivered with the Recovery College",
                true, today.minusDays(90), null), "lead", now);
        store.insertTraining(new TrainingRow(UUID.randomUUID(), s.sam(), "Risk assessment refresher", false, today.minusDays(380),
                today.minusDays(15)), "lead", now);

        List<StaffView> riverside = people.staffOf(s.organisationId());
        int with = 0;
        for (int i = 0; i < riverside.size(); i++) {
            StaffView st = riverside.get(i);
            if (st.id().equals(s.lead()) || i % 6 == 5 || "Kim".equals(st.givenName())) {
                continue;
            }
            boolean peer = st.jobTitle() != null && st.jobTitle().toLowerCase().contains("peer");
            boolean has = peer || i % 2 == 0;
            lived.saveAnswer(st.id(), has, has && (peer || i % 4 == 0), now);
            with += has ? 1 : 0;
        }
        for (int m = 11; m >= 1; m--) {
            lived.saveMonth(s.organisationId().value(), today.withDayOfMonth(1).minusMonths(m), riverside.size(),
                    Math.max(0, with - (m + 1) / 2));
        }
        lived.saveMonth(s.organisationId().value(), today.withDayOfMonth(1), riverside.size(), with);
    }
}
