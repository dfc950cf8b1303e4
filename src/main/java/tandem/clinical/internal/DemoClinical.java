package tandem.clinical.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.clinical.Criterion;
import tandem.clinical.RecordedObservation.Source;
import tandem.clinical.internal.ObservationStore.ObservationRow;
import tandem.people.DemoOrganisationSeeded;
import tandem.shared.TandemClock;
import tandem.shared.ids.PersonId;

/**
 * Demo observations over about three years. Alex lives independently, has friends and income of their
 * own, and symptoms in remission, but works less than half time: improving personally without meeting
 * the clinical criteria. About one in seven demo people meet every criterion for over two years, and
 * others have partial or patchy records.
 */
@Component
class DemoClinical {

    private final ObservationStore store;
    private final TransactionTemplate tx;
    private final TandemClock clock;

    DemoClinical(ObservationStore store, TransactionTemplate tx, TandemClock clock) {
        this.store = store;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        tx.executeWithoutResult(status -> seed(seeded));
    }

    private void seed(DemoOrganisationSeeded s) {
        LocalDate today = clock.today();
        for (int m = 36; m >= 0; m -= 4) {
            LocalDate on = today.minusMonths(m).minusDays(3);
            observe(s.alex(), Criterion.LIVING, "INDEPENDENT", on);
            observe(s.alex(), Criterion.INCOME, m > 20 ? "FULLY_DEPENDENT" : "NOT_FULLY_DEPENDENT", on);
            observe(s.alex(), Criterion.SOCIAL, m > 28 ? "LESS_THAN_WEEKLY" : "WEEKLY_OR_MORE", on);
            observe(s.alex(), Criterion.WORK_OR_STUDY, m > 12 ? "NONE" : "LESS_THAN_HALF_TIME", on);
            observe(s.alex(), Criterion.SYMPTOMS, "REMITTED", on);
        }
        List<PersonId> people = s.people();
        for (int i = 2; i < people.size(); i++) {
            PersonId p = people.get(i);
            if (i % 7 == 0) {
                for (int m = 32; m >= 0; m -= 5) {
                    for (Criterion c : Criterion.values()) {
                        observe(p, c, c.options().stream().filter(c::meets).findFirst().orElseThrow(), today.minusMonths(m).minusDays(i % 20));
                    }
                }
            } else if (i % 3 == 0) {
                for (int m = 24; m >= 0; m -= 8) {
                    LocalDate on = today.minusMonths(m).minusDays(i % 15);
                    observe(p, Criterion.LIVING, i % 2 == 0 ? "INDEPENDENT" : "SUPERVISED", on);
                    observe(p, Criterion.SYMPTOMS, m < 10 ? "REMITTED" : "NOT_REMITTED", on);
                }
            }
        }
    }

    private void observe(PersonId person, Criterion kind, String value, LocalDate on) {
        store.insert(person, new ObservationRow(UUID.randomUUID(), kind, value, on, Source.STAFF, "Demo data", null),
                clock.now().minus(Duration.ofDays(1)));
    }
}
