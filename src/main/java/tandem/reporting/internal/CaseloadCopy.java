package tandem.reporting.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.people.CaseloadChanged;
import tandem.people.CaseloadEntry;
import tandem.people.PeopleApi;
import tandem.shared.TandemClock;
import tandem.shared.db.Sql;
import tandem.shared.ids.OrganisationId;

/**
 * Reporting's copy of the caseload memberships (reporting_caseload), which the dashboards select
 * people by. Every change the people module publishes is written here in the same transaction;
 * an organisation whose memberships were made before the copy existed is filled once from
 * {@link PeopleApi#caseloadsOfOrganisation}, when a dashboard first needs it.
 */
@Component
class CaseloadCopy {

    private static final int FILL_LOCK = 7303;
    private static final int BATCH = 5_000;
    private static final String UPSERT = """
            INSERT INTO reporting_caseload (membership_id, person_id, team_id, organisation_id, from_date, to_date)
            VALUES (:id, :p, :t, :o, :f, :to)
            ON CONFLICT (membership_id) DO UPDATE SET person_id = EXCLUDED.person_id, team_id = EXCLUDED.team_id,
                organisation_id = EXCLUDED.organisation_id, from_date = EXCLUDED.from_date, to_date = EXCLUDED.to_date
            """;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final PeopleApi people;
    private final TandemClock clock;
    /** Organisations known to be filled (a fill is never undone, so this only grows). */
    private final Set<UUID> copied = ConcurrentHashMap.newKeySet();

    CaseloadCopy(JdbcClient jdbc, TransactionTemplate tx, PeopleApi people, TandemClock clock) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.people = people;
        this.clock = clock;
    }

    /**
     * Synchronous on purpose (a plain {@code @EventListener}, not an asynchronous module listener):
     * the copy changes in the transaction that changes the caseload, so a dashboard right after the
     * change counts the people it should, and never a person who has left the team. A change is
     * written whole, so a later one replaces an earlier one whatever the fill has seen.
     */
    @EventListener
    void onCaseloadChanged(CaseloadChanged e) {
        jdbc.sql(UPSERT).params(row(e.membershipId(), e.personId().value(), e.teamId().value(), e.organisationId().value(), e.from(), e.to()))
                .update();
    }

    /**
     * Makes sure these organisations' memberships are in the copy, filling those that are not, each
     * once: under a lock per organisation (so two first dashboards on any nodes do not both fill it),
     * checking the marker again once the lock is held. No statement once an organisation is known to
     * be filled.
     */
    void ensureCopied(Collection<UUID> organisations) {
        List<UUID> unknown = organisations.stream().filter(o -> !copied.contains(o)).distinct().toList();
        if (unknown.isEmpty()) {
            return;
        }
        copied.addAll(marked(unknown));
        for (UUID organisation : unknown) {
            if (!copied.contains(organisation)) {
                tx.executeWithoutResult(status -> fill(organisation));
                copied.add(organisation);
            }
        }
    }

    private List<UUID> marked(List<UUID> organisations) {
        return jdbc.sql("SELECT organisation_id FROM reporting_caseload_copied WHERE organisation_id = ANY(CAST(:o AS uuid[]))")
                .param("o", Sql.uuidArray(organisations)).query((rs, n) -> rs.getObject("organisation_id", UUID.class)).list();
    }

    private void fill(UUID organisation) {
        jdbc.sql("SELECT pg_advisory_xact_lock(:k, hashtext(CAST(:o AS text)))").param("k", FILL_LOCK).param("o", organisation)
                .query().singleRow();
        if (!marked(List.of(organisation)).isEmpty()) {
            return; // another request or node filled it while this one waited
        }
        // A membership already here came from an event, which is at least as new as this read: keep it.
        List<CaseloadEntry> all = people.caseloadsOfOrganisation(OrganisationId.of(organisation));
        for (int i = 0; i < all.size(); i += BATCH) {
            List<CaseloadEntry> batch = all.subList(i, Math.min(all.size(), i + BATCH));
            jdbc.sql("""
                    INSERT INTO reporting_caseload (membership_id, person_id, team_id, organisation_id, from_date, to_date)
                    SELECT m, p, t, :o, f, u FROM unnest(CAST(:m AS uuid[]), CAST(:p AS uuid[]), CAST(:t AS uuid[]),
                                                          CAST(:f AS date[]), CAST(:u AS date[])) AS x(m, p, t, f, u)
                    ON CONFLICT (membership_id) DO NOTHING
                    """).param("o", organisation).param("m", array(batch, c -> c.id().toString()))
                    .param("p", array(batch, c -> c.personId().toString())).param("t", array(batch, c -> c.teamId().toString()))
                    .param("f", array(batch, c -> c.from().toString()))
                    .param("u", array(batch, c -> c.to() == null ? "NULL" : c.to().toString())).update();
        }
        jdbc.sql("INSERT INTO reporting_caseload_copied (organisation_id, copied_at) VALUES (:o, :at)").param("o", organisation)
                .param("at", Timestamp.from(clock.now())).update();
    }

    /** A PostgreSQL array literal of one field of each membership (ids and ISO dates need no quoting). */
    private static String array(List<CaseloadEntry> entries, Function<CaseloadEntry, String> field) {
        return entries.stream().map(field).collect(Collectors.joining(",", "{", "}"));
    }

    private static Map<String, Object> row(UUID id, UUID person, UUID team, UUID organisation, LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("p", person);
        p.put("t", team);
        p.put("o", organisation);
        p.put("f", Date.valueOf(from));
        p.put("to", to == null ? null : Date.valueOf(to));
        return p;
    }
}
