package tandem.measures.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.measures.StoredResponse;
import tandem.measures.scoring.Instrument;
import tandem.measures.scoring.Item;
import tandem.measures.scoring.Scoring;
import tandem.people.DemoOrganisationSeeded;
import tandem.shared.ids.PersonId;

/**
 * A year of plausible responses for Alex and about half of the demo people: monthly CHIME
 * check-ins, quarterly QPR-15 and WEMWBS, most drifting slowly upwards with ups and downs.
 */
@Component
class DemoResponses {

    private final InstrumentCatalogue catalogue;
    private final ResponseStore store;
    private final TransactionTemplate tx;
    private final AssignmentStore assignments;

    private final SafetyAlertService safety;

    DemoResponses(InstrumentCatalogue catalogue, ResponseStore store, TransactionTemplate tx, AssignmentStore assignments,
            SafetyAlertService safety) {
        this.safety = safety;
        this.assignments = assignments;
        this.catalogue = catalogue;
        this.store = store;
        this.tx = tx;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        Random random = new Random(7);
        Instant now = Instant.now();
        List<StoredResponse> all = new ArrayList<>();
        for (int p = 0; p < seeded.people().size(); p++) {
            PersonId person = seeded.people().get(p);
            boolean alex = person.equals(seeded.alex());
            if (!alex && (p % 2 == 1 || person.equals(seeded.jo()))) {
                continue;
            }
            double trend = alex ? 0.5 : random.nextGaussian() * 0.3 + 0.15;
            double start = alex ? 0.35 : 0.25 + random.nextDouble() * 0.4;
            for (int month = 12; month >= 0; month--) {
                Instant at = now.minus(Duration.ofDays(month * 30L + 2)).minus(Duration.ofHours(random.nextInt(10)));
                double level = Math.min(1, Math.max(0, start + trend * (12 - month) / 12.0 + random.nextGaussian() * 0.06));
                all.add(response(random, person, "CHIME_CHECKIN", at, level));
                if (month % 3 == 0) {
                    all.add(response(random, person, "QPR15", at, level));
                    all.add(response(random, person, "WEMWBS", at, level * 0.9 + 0.05));
                }
            }
        }
        tx.executeWithoutResult(s -> {
            store.insertAll(all, seeded.organisationId().value());
            // Alex and Sam rate their working relationship every few months, each from their side.
            for (int month = 9; month >= 0; month -= 3) {
                Instant at = now.minus(Duration.ofDays(month * 30L + 1));
                double level = 0.55 + (9 - month) * 0.03;
                StoredResponse p = response(random, seeded.alex(), "STAR_P", at, level);
                store.insert(new StoredResponse(p.id(), p.personId(), p.instrument(), p.definitionVersion(), p.authored(),
                        p.answers(), p.scales(), "alex", "PERSON", false), seeded.organisationId().value(), null, seeded.sam());
                StoredResponse c = response(random, seeded.alex(), "STAR_C", at.plus(Duration.ofHours(3)), level + 0.05);
                store.insert(new StoredResponse(c.id(), c.personId(), c.instrument(), c.definitionVersion(), c.authored(),
                        c.answers(), c.scales(), "sam", "PRACTITIONER", false), seeded.organisationId().value(), null, seeded.sam());
            }
            java.time.LocalDate today = java.time.LocalDate.now();
            assignments.insert(new tandem.measures.Assignment(UUID.randomUUID(), seeded.alex(), "CHIME_CHECKIN",
                    today.minusDays(2), 1, "sam"), seeded.organisationId().value());
            // Questionnaires Alex can open and fill in: their wording is shipped (PHQ-9, GAD-7).
            assignments.insert(new tandem.measures.Assignment(UUID.randomUUID(), seeded.alex(), "PHQ9",
                    today.plusDays(5), 3, "sam"), seeded.organisationId().value());
            assignments.insert(new tandem.measures.Assignment(UUID.randomUUID(), seeded.alex(), "GAD7",
                    today.plusDays(5), 3, "sam"), seeded.organisationId().value());
            // Each demo team's duty desk, where safety alerts are e-mailed (only logged without an SMTP server).
            for (tandem.shared.ids.TeamId team : List.of(seeded.northTeam(), seeded.southTeam(), seeded.earlyTeam())) {
                safety.seedDutyContact(team, seeded.organisationId(), "duty.desk@riverside.example");
            }
            for (int i = 2; i < 12; i += 3) {
                assignments.insert(new tandem.measures.Assignment(UUID.randomUUID(), seeded.people().get(i), "WEMWBS",
                        today.minusDays(3 + i * 2L), null, "sam"), seeded.organisationId().value());
            }
        });
    }

    private StoredResponse response(Random random, PersonId person, String code, Instant at, double level) {
        Instrument instrument = catalogue.find(code).orElseThrow();
        Map<String, Object> answers = new HashMap<>();
        for (Item item : instrument.items()) {
            double v = item.min() + (item.max() - item.min()) * Math.min(1, Math.max(0, level + random.nextGaussian() * 0.12));
            answers.put(item.linkId(), (int) Math.round(v));
        }
        Scoring.Result result = Scoring.score(instrument, answers);
        return new StoredResponse(UUID.randomUUID(), person, code, instrument.version(), at, answers, result.scales(),
                "demo", "PERSON", false);
    }
}
