package tandem.people.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import tandem.people.CaseloadChanged;
import tandem.people.CaseloadEntry;
import tandem.people.OrganisationView;
import tandem.people.PersonListItem;
import tandem.people.PersonView;
import tandem.people.Share;
import tandem.people.SiteView;
import tandem.people.StaffView;
import tandem.people.SupporterLinkView;
import tandem.people.TeamView;
import tandem.shared.PageOf;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.ProgrammeId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;

/** Queries and small writes for the people module (read models through JdbcClient). */
@Component
public class PeopleStore {

    private static final String TEAM = "SELECT t.id, t.name, t.organisation_id, t.site_id, s.name AS site_name "
            + "FROM team t JOIN site s ON s.id = t.site_id ";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    PeopleStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    // Organisation structure

    public UUID insertProgramme(String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO programme (id, name) VALUES (:id, :n)").param("id", id).param("n", name).update();
        return id;
    }

    public UUID insertOrganisation(String name, UUID programmeId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO organisation (id, name, programme_id) VALUES (:id, :n, :p)").param("id", id)
                .param("n", name).param("p", programmeId).update();
        return id;
    }

    public UUID insertSite(UUID organisationId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO site (id, organisation_id, name) VALUES (:id, :o, :n)").param("id", id)
                .param("o", organisationId).param("n", name).update();
        return id;
    }

    public UUID insertTeam(UUID organisationId, UUID siteId, String name) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO team (id, organisation_id, site_id, name) VALUES (:id, :o, :s, :n)").param("id", id)
                .param("o", organisationId).param("s", siteId).param("n", name).update();
        return id;
    }

    public boolean siteNameTaken(UUID organisationId, String name) {
        return jdbc.sql("SELECT count(*) FROM site WHERE organisation_id = :o AND lower(name) = lower(:n)")
                .param("o", organisationId).param("n", name).query(Long.class).single() > 0;
    }

    public boolean teamNameTaken(UUID organisationId, String name) {
        return jdbc.sql("SELECT count(*) FROM team WHERE organisation_id = :o AND lower(name) = lower(:n)")
                .param("o", organisationId).param("n", name).query(Long.class).single() > 0;
    }

    public Optional<OrganisationView> organisation(UUID id) {
        return jdbc.sql("""
                SELECT o.id, o.name, o.programme_id, p.name AS programme_name, o.time_zone
                FROM organisation o LEFT JOIN programme p ON p.id = o.programme_id WHERE o.id = :id
                """).param("id", id).query((rs, n) -> new OrganisationView(OrganisationId.of(rs.getObject(1, UUID.class)), rs.getString(2),
                ProgrammeId.of(rs.getObject(3, UUID.class)), rs.getString(4), rs.getString(5))).optional();
    }

    public List<OrganisationView> organisationsInProgramme(UUID programmeId) {
        return jdbc.sql("SELECT id FROM organisation WHERE programme_id = :p ORDER BY name").param("p", programmeId)
                .query(UUID.class).list().stream().map(id -> organisation(id).orElseThrow()).toList();
    }

    public long organisationCount() {
        return jdbc.sql("SELECT count(*) FROM organisation").query(Long.class).single();
    }

    public List<SiteView> sites(UUID organisationId) {
        return jdbc.sql("SELECT id, name, organisation_id FROM site WHERE organisation_id = :o ORDER BY name")
                .param("o", organisationId)
                .query((rs, n) -> new SiteView(SiteId.of(rs.getObject(1, UUID.class)), rs.getString(2), OrganisationId.of(rs.getObject(3, UUID.class))))
                .list();
    }

    public List<TeamView> teams(UUID organisationId) {
        return jdbc.sql(TEAM + "WHERE t.organisation_id = :o ORDER BY t.name").param("o", organisationId)
                .query(PeopleStore::team).list();
    }

    public Optional<TeamView> team(UUID teamId) {
        return jdbc.sql(TEAM + "WHERE t.id = :id").param("id", teamId).query(PeopleStore::team).optional();
    }

    public List<TeamView> teamsOfStaff(UUID staffId) {
        return jdbc.sql(TEAM + "JOIN team_member m ON m.team_id = t.id WHERE m.staff_id = :s ORDER BY t.name")
                .param("s", staffId).query(PeopleStore::team).list();
    }

    // Staff

    public void insertStaff(UUID id, UUID organisationId, String given, String family, String email, String jobTitle) {
        jdbc.sql("""
                INSERT INTO staff (id, organisation_id, given_name, family_name, email, job_title)
                VALUES (:id, :o, :g, :f, :e, :j)
                """).param("id", id).param("o", organisationId).param("g", given).param("f", family).param("e", email)
                .param("j", jobTitle).update();
    }

    public void updateStaff(UUID id, long version, String given, String family, String email, String jobTitle) {
        int n = jdbc.sql("""
                UPDATE staff SET given_name = :g, family_name = :f, email = :e, job_title = :j, version = version + 1
                WHERE id = :id AND version = :v
                """).param("id", id).param("v", version).param("g", given).param("f", family).param("e", email)
                .param("j", jobTitle).update();
        if (n == 0) {
            throw new OptimisticLockingFailureException("staff " + id + " changed");
        }
    }

    public void replaceTeams(UUID staffId, Collection<UUID> teamIds) {
        jdbc.sql("DELETE FROM team_member WHERE staff_id = :s").param("s", staffId).update();
        for (UUID t : teamIds) {
            jdbc.sql("INSERT INTO team_member (team_id, staff_id) VALUES (:t, :s)").param("t", t).param("s", staffId).update();
        }
    }

    public Optional<StaffView> staff(UUID id) {
        return jdbc.sql("SELECT id, organisation_id, given_name, family_name, email, job_title, version FROM staff WHERE id = :id")
                .param("id", id).query((rs, n) -> staffRow(rs)).optional()
                .map(s -> withTeams(s, teamsOfStaff(s.id().value())));
    }

    public PageOf<StaffView> staffInOrganisation(UUID organisationId, String query, int page, int size) {
        String like = like(query);
        long total = jdbc.sql("""
                SELECT count(*) FROM staff WHERE organisation_id = :o
                AND (:q::text IS NULL OR lower(given_name || ' ' || family_name) LIKE :q)
                """).param("o", organisationId).param("q", like).query(Long.class).single();
        List<StaffView> items = jdbc.sql("""
                SELECT id, organisation_id, given_name, family_name, email, job_title, version FROM staff
                WHERE organisation_id = :o AND (:q::text IS NULL OR lower(given_name || ' ' || family_name) LIKE :q)
                ORDER BY family_name, given_name, id LIMIT :l OFFSET :off
                """).param("o", organisationId).param("q", like).param("l", size).param("off", (long) page * size)
                .query((rs, n) -> staffRow(rs)).list();
        return new PageOf<>(items.stream().map(s -> withTeams(s, teamsOfStaff(s.id().value()))).toList(), page, size, total);
    }

    /** Staff of the teams that have the person on their caseload now (their care team). */
    public List<StaffView> careTeamOf(UUID personId, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT s.id, s.organisation_id, s.given_name, s.family_name, s.email, s.job_title, s.version
                FROM staff s JOIN team_member m ON m.staff_id = s.id JOIN caseload c ON c.team_id = m.team_id
                WHERE c.person_id = :p AND c.from_date <= :d AND (c.to_date IS NULL OR c.to_date >= :d)
                ORDER BY s.family_name, s.given_name, s.id
                """).param("p", personId).param("d", Date.valueOf(day)).query((rs, n) -> staffRow(rs)).list();
    }

    public Optional<String> staffName(UUID id) {
        return jdbc.sql("SELECT given_name || ' ' || family_name FROM staff WHERE id = :id").param("id", id)
                .query(String.class).optional();
    }

    // People

    /**
     * One person, read with a plain statement (the most frequent read of the module). Mapped by
     * hand: Spring's property row mapper first looks each column up by its Java name, and the
     * driver answers every miss with an exception, which cost 8% of a node's CPU in bench/enrolment.
     */
    public Optional<tandem.people.PersonView> personView(UUID id) {
        return jdbc.sql("""
                SELECT id, organisation_id, given_name, family_name, preferred_name, pronouns, date_of_birth, email, phone,
                       contact_by_email, contact_by_phone, contact_by_post, version FROM person WHERE id = :id""")
                .param("id", id)
                .query((rs, n) -> {
                    java.sql.Date born = rs.getDate(7);
                    return new tandem.people.PersonView(PersonId.of(rs.getObject(1, UUID.class)), OrganisationId.of(rs.getObject(2, UUID.class)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), born == null ? null : born.toLocalDate(), rs.getString(8),
                            rs.getString(9), rs.getBoolean(10), rs.getBoolean(11), rs.getBoolean(12), rs.getLong(13));
                })
                .optional();
    }

    public Optional<UUID> organisationOfPerson(UUID personId) {
        return jdbc.sql("SELECT organisation_id FROM person WHERE id = :id").param("id", personId).query(UUID.class).optional();
    }

    public Optional<String> personName(UUID id) {
        return jdbc.sql("SELECT coalesce(nullif(preferred_name, ''), given_name) || ' ' || family_name FROM person WHERE id = :id")
                .param("id", id).query(String.class).optional();
    }

    public PageOf<PersonListItem> peopleInOrganisation(UUID organisationId, String query, int page, int size) {
        String like = like(query);
        long total = jdbc.sql("""
                SELECT count(*) FROM person WHERE organisation_id = :o
                AND (:q::text IS NULL OR lower(coalesce(preferred_name, '') || ' ' || given_name || ' ' || family_name) LIKE :q)
                """).param("o", organisationId).param("q", like).query(Long.class).single();
        List<UUID> ids = jdbc.sql("""
                SELECT id FROM person WHERE organisation_id = :o
                AND (:q::text IS NULL OR lower(coalesce(preferred_name, '') || ' ' || given_name || ' ' || family_name) LIKE :q)
                ORDER BY family_name, given_name, id LIMIT :l OFFSET :off
                """).param("o", organisationId).param("q", like).param("l", size).param("off", (long) page * size)
                .query(UUID.class).list();
        return new PageOf<>(listItems(ids.stream().map(PersonId::new).toList()), page, size, total);
    }

    /** List items (name and current teams) for these people, in the order given. */
    public List<PersonListItem> listItems(List<PersonId> personIds) {
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
    public List<PersonId> caseloadOfStaff(UUID staffId, LocalDate day, String query) {
        return jdbc.sql("""
                SELECT p.id FROM person p
                WHERE EXISTS (SELECT 1 FROM caseload c JOIN team_member m ON m.team_id = c.team_id
                              WHERE c.person_id = p.id AND m.staff_id = :s AND c.from_date <= :d
                                AND (c.to_date IS NULL OR c.to_date >= :d))
                AND (:q::text IS NULL OR lower(coalesce(p.preferred_name, '') || ' ' || p.given_name || ' ' || p.family_name) LIKE :q)
                ORDER BY p.family_name, p.given_name, p.id
                """).param("s", staffId).param("d", Date.valueOf(day)).param("q", like(query)).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    public List<PersonId> caseloadOfTeam(UUID teamId, LocalDate day) {
        return jdbc.sql("""
                SELECT DISTINCT c.person_id FROM caseload c
                WHERE c.team_id = :t AND c.from_date <= :d AND (c.to_date IS NULL OR c.to_date >= :d)
                """).param("t", teamId).param("d", Date.valueOf(day)).query(UUID.class).list().stream().map(PersonId::new).toList();
    }

    public boolean onActiveCaseloadOfStaff(UUID personId, UUID staffId, LocalDate day) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM caseload c JOIN team_member m ON m.team_id = c.team_id
                               WHERE c.person_id = :p AND m.staff_id = :s AND c.from_date <= :d
                                 AND (c.to_date IS NULL OR c.to_date >= :d))
                """).param("p", personId).param("s", staffId).param("d", Date.valueOf(day)).query(Boolean.class).single();
    }

    // Caseloads

    public List<CaseloadEntry> caseloadEntries(UUID personId) {
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.team_id, t.name, c.from_date, c.to_date FROM caseload c
                JOIN team t ON t.id = c.team_id WHERE c.person_id = :p ORDER BY c.from_date DESC, t.name
                """).param("p", personId).query((rs, n) -> new CaseloadEntry(rs.getObject(1, UUID.class),
                PersonId.of(rs.getObject(2, UUID.class)), TeamId.of(rs.getObject(3, UUID.class)), rs.getString(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate())).list();
    }

    /** Every caseload membership, open or ended, of the organisation's teams (for read models kept elsewhere). */
    public List<CaseloadEntry> caseloadsOfOrganisation(UUID organisationId) {
        return jdbc.sql("""
                SELECT c.id, c.person_id, c.team_id, t.name, c.from_date, c.to_date FROM caseload c
                JOIN team t ON t.id = c.team_id WHERE t.organisation_id = :o ORDER BY c.from_date, c.id
                """).param("o", organisationId).query((rs, n) -> new CaseloadEntry(rs.getObject("id", UUID.class),
                PersonId.of(rs.getObject("person_id", UUID.class)), TeamId.of(rs.getObject("team_id", UUID.class)), rs.getString("name"),
                rs.getDate("from_date").toLocalDate(), rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate())).list();
    }

    public UUID insertCaseload(UUID personId, UUID teamId, LocalDate from) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO caseload (id, person_id, team_id, from_date) VALUES (:id, :p, :t, :f)").param("id", id)
                .param("p", personId).param("t", teamId).param("f", Date.valueOf(from)).update();
        events.publishEvent(new CaseloadChanged(id, PersonId.of(personId), TeamId.of(teamId), from, null));
        return id;
    }

    public void endCaseload(UUID caseloadId, LocalDate to) {
        jdbc.sql("UPDATE caseload SET to_date = :to WHERE id = :id RETURNING person_id, team_id, from_date").param("to", Date.valueOf(to))
                .param("id", caseloadId).query((rs, n) -> new CaseloadChanged(caseloadId, PersonId.of(rs.getObject("person_id", UUID.class)),
                        TeamId.of(rs.getObject("team_id", UUID.class)), rs.getDate("from_date").toLocalDate(), to))
                .optional().ifPresent(events::publishEvent);
    }

    // Supporters

    public List<SupporterLinkView> supporterLinks(UUID personId) {
        return jdbc.sql("""
                SELECT l.id, l.person_id, l.supporter_account, NULL AS username, l.relationship, l.shares, l.created_at, l.ended_at
                FROM supporter_link l
                WHERE l.person_id = :p ORDER BY l.created_at DESC
                """).param("p", personId).query(PeopleStore::link).list();
    }

    public List<SupporterLinkView> linksOfSupporter(UUID supporterAccountId) {
        return jdbc.sql("""
                SELECT l.id, l.person_id, l.supporter_account, NULL AS username, l.relationship, l.shares, l.created_at, l.ended_at
                FROM supporter_link l
                WHERE l.supporter_account = :s AND l.ended_at IS NULL ORDER BY l.created_at DESC
                """).param("s", supporterAccountId).query(PeopleStore::link).list();
    }

    public Set<Share> sharesWith(UUID personId, UUID supporterAccountId) {
        return jdbc.sql("SELECT shares FROM supporter_link WHERE person_id = :p AND supporter_account = :s AND ended_at IS NULL")
                .param("p", personId).param("s", supporterAccountId).query((rs, n) -> shares(rs)).optional()
                .orElse(Set.of());
    }

    public UUID insertSupporterLink(UUID personId, UUID supporterAccountId, String relationship, Set<Share> shares) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO supporter_link (id, person_id, supporter_account, relationship, shares)
                VALUES (:id, :p, :s, :r, :sh::text[])
                """).param("id", id).param("p", personId).param("s", supporterAccountId).param("r", relationship)
                .param("sh", "{" + shares.stream().map(Enum::name).collect(Collectors.joining(",")) + "}").update();
        return id;
    }

    public boolean setShares(UUID personId, UUID linkId, Set<Share> shares) {
        return jdbc.sql("UPDATE supporter_link SET shares = :sh::text[] WHERE id = :id AND person_id = :p AND ended_at IS NULL")
                .param("id", linkId).param("p", personId)
                .param("sh", "{" + shares.stream().map(Enum::name).collect(Collectors.joining(",")) + "}").update() > 0;
    }

    public boolean endSupporterLink(UUID personId, UUID linkId) {
        return jdbc.sql("UPDATE supporter_link SET ended_at = now() WHERE id = :id AND person_id = :p AND ended_at IS NULL")
                .param("id", linkId).param("p", personId).update() > 0;
    }

    private static Set<Share> shares(ResultSet rs) throws SQLException {
        String[] values = (String[]) rs.getArray("shares").getArray();
        Set<Share> set = EnumSet.noneOf(Share.class);
        Arrays.stream(values).forEach(v -> {
            try {
                set.add(Share.valueOf(v));
            } catch (IllegalArgumentException ignored) {
                // a share this version does not know is not granted
            }
        });
        return set;
    }

    private static SupporterLinkView link(ResultSet rs, int n) throws SQLException {
        return new SupporterLinkView(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)),
                AccountId.of(rs.getObject("supporter_account", UUID.class)), rs.getString("username"), rs.getString("relationship"),
                shares(rs), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant());
    }

    private static TeamView team(ResultSet rs, int n) throws SQLException {
        return new TeamView(TeamId.of(rs.getObject("id", UUID.class)), rs.getString("name"), OrganisationId.of(rs.getObject("organisation_id", UUID.class)),
                SiteId.of(rs.getObject("site_id", UUID.class)), rs.getString("site_name"));
    }

    private static StaffView staffRow(ResultSet rs) throws SQLException {
        return new StaffView(StaffId.of(rs.getObject("id", UUID.class)), OrganisationId.of(rs.getObject("organisation_id", UUID.class)),
                rs.getString("given_name"), rs.getString("family_name"), rs.getString("email"), rs.getString("job_title"),
                List.of(), rs.getLong("version"));
    }

    private static StaffView withTeams(StaffView s, List<TeamView> teams) {
        return new StaffView(s.id(), s.organisationId(), s.givenName(), s.familyName(), s.email(), s.jobTitle(), teams,
                s.version());
    }

    private static String like(String query) {
        if (query == null || query.isBlank()) {
            return null;
        }
        String q = query.trim().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + q + "%";
    }
}
