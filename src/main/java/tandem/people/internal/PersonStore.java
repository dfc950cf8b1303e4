package tandem.people.internal;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tandem.people.NhsNumber;
import tandem.people.NhsNumberStatus;
import tandem.people.PersonListItem;
import tandem.people.PersonView;
import tandem.shared.PageOf;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/** People (names and contact details, nothing clinical) and who is on which caseload. */
@Component
class PersonStore {

    private final JdbcClient jdbc;

    PersonStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * One person, read with a plain statement (the most frequent read of the module). Mapped by
     * hand: Spring's property row mapper first looks each column up by its Java name, and the
     * driver answers every miss with an exception, which cost 8% of a node's CPU in bench/enrolment.
     */
    Optional<PersonView> personView(UUID id) {
        return jdbc.sql("""
                SELECT id, organisation_id, given_name, family_name, preferred_name, pronouns, date_of_birth, email, phone,
                       contact_by_email, contact_by_phone, contact_by_post, version, nhs_number, nhs_number_status FROM person WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    java.sql.Date born = rs.getDate("date_of_birth");
                    String nhs = rs.getString("nhs_number");
                    String status = rs.getString("nhs_number_status");
                    return new PersonView(PersonId.of(rs.getObject("id", UUID.class)), OrganisationId.of(rs.getObject("organisation_id", UUID.class)),
                            rs.getString("given_name"), rs.getString("family_name"), rs.getString("preferred_name"), rs.getString("pronouns"),
                            born == null ? null : born.toLocalDate(), rs.getString("email"), rs.getString("phone"), rs.getBoolean("contact_by_email"),
                            rs.getBoolean("contact_by_phone"), rs.getBoolean("contact_by_post"), rs.getLong("version"),
                            nhs == null ? null : new NhsNumber(nhs), status == null ? null : NhsNumberStatus.valueOf(status));
                })
                .optional();
    }

    /** The person of the organisation who holds this NHS number, if any (the number is unique within an organisation). */
    Optional<UUID> personWithNhsNumber(UUID organisationId, NhsNumber number) {
        return jdbc.sql("SELECT id FROM person WHERE organisation_id = :o AND nhs_number = :n").param("o", organisationId)
                .param("n", number.digits()).query(UUID.class).optional();
    }

    /** Records that a worker checked the number held, if it is still the one they saw; false when it is not. */
    boolean markNhsNumberChecked(UUID personId, NhsNumber seen) {
        return jdbc.sql("""
                UPDATE person SET nhs_number_status = 'CHECKED_BY_WORKER', version = version + 1
                WHERE id = :p AND nhs_number = :n AND nhs_number_status = 'UNVERIFIED'""")
                .param("p", personId).param("n", seen.digits()).update() == 1;
    }

    Optional<UUID> organisationOfPerson(UUID personId) {
        return jdbc.sql("SELECT organisation_id FROM person WHERE id = :id").param("id", personId).query(UUID.class).optional();
    }

    Optional<String> personName(UUID id) {
        return jdbc.sql("SELECT coalesce(nullif(preferred_name, ''), given_name) || ' ' || family_name FROM person WHERE id = :id")
                .param("id", id).query(String.class).optional();
    }

    PageOf<PersonListItem> peopleInOrganisation(UUID organisationId, String query, int page, int size) {
        String like = PeopleSql.like(query);
        long total = jdbc.sql("""
                SELECT count(*) FROM person WHERE organisation_id = :o
                AND (:q::text IS NULL OR lower(coalesce(preferred_name, '') || ' ' || given_name || ' ' || family_name) LIKE :q
                     OR nhs_number = :nhs)
                """).param("o", organisationId).param("q", like).param("nhs", PeopleSql.nhsNumberIn(query)).query(Long.class).single();
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM person WHERE organisation_id = :o
                AND (:q::text IS NULL OR lower(coalesce(preferred_name, '') || ' ' || given_name || ' ' || family_name) LIKE :q
                     OR nhs_number = :nhs)
                ORDER BY family_name, given_name, id LIMIT :l OFFSET :off
                """).param("o", organisationId).param("q", like).param("nhs", PeopleSql.nhsNumberIn(query)).param("l", size).param("off", (long) page * size)
                .query(UUID.class).list();
        return new PageOf<>(listItems(ids.stream().map(PersonId::new).toList()), page, size, total);
    }

    /** List items (name and current teams) for these people, in the order given. */
    List<PersonListItem> listItems(List<PersonId> personIds) {
        List<UUID> ids = personIds.stream().map(PersonId::value).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, String> names = new LinkedHashMap<>();
        jdbc.sql("SELECT id, coalesce(nullif(preferred_name, ''), given_name) || ' ' || family_name FROM person WHERE id IN (:ids)")
                .param("ids", ids).query(rs -> {
                    names.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        Map<UUID, List<String>> teams = jdbc.sql("""
                SELECT c.person_id, t.name FROM caseload c JOIN team t ON t.id = c.team_id
                WHERE c.person_id IN (:ids) AND c.from_date <= current_date AND (c.to_date IS NULL OR c.to_date >= current_date)
                ORDER BY t.name
                """).param("ids", ids).query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list()
                .stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return ids.stream().filter(names::containsKey)
                .map(id -> new PersonListItem(PersonId.of(id), names.get(id), teams.getOrDefault(id, List.of()))).toList();
    }

    /** People on the caseloads of the staff member's teams on that day, matching the query, by name. */
    List<PersonId> caseloadOfStaff(UUID staffId, LocalDate day, String query) {
        return jdbc.sql("""
                SELECT p.id FROM person p
                WHERE EXISTS (SELECT 1 FROM caseload c JOIN team_member m ON m.team_id = c.team_id
                              WHERE c.person_id = p.id AND m.staff_id = :s AND c.from_date <= :d
                                AND (c.to_date IS NULL OR c.to_date >= :d))
                AND (:q::text IS NULL OR lower(coalesce(p.preferred_name, '') || ' ' || p.given_name || ' ' || p.family_name) LIKE :q
                     OR p.nhs_number = :nhs)
                ORDER BY p.family_name, p.given_name, p.id
                """).param("s", staffId).param("d", Date.valueOf(day)).param("q", PeopleSql.like(query))
                .param("nhs", PeopleSql.nhsNumberIn(query)).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    List<PersonId> caseloadOfTeam(UUID teamId, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT c.person_id FROM caseload c
                WHERE c.team_id = :t AND c.from_date <= :d AND (c.to_date IS NULL OR c.to_date >= :d)
                """).param("t", teamId).param("d", Date.valueOf(day)).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    boolean onActiveCaseloadOfStaff(UUID personId, UUID staffId, LocalDate day) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM caseload c JOIN team_member m ON m.team_id = c.team_id
                               WHERE c.person_id = :p AND m.staff_id = :s AND c.from_date <= :d
                                 AND (c.to_date IS NULL OR c.to_date >= :d))
                """).param("p", personId).param("s", staffId).param("d", Date.valueOf(day)).query(Boolean.class).single();
    }
}
