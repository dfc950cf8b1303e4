package tandem.measures.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.measures.SafetyAlertRaised;
import tandem.measures.SafetyAlerts;
import tandem.people.CaseloadEntry;
import tandem.people.PeopleApi;
import tandem.people.TeamView;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TeamId;

/** {@link SafetyAlerts}: stored with the response, e-mailed after it commits, shown to the care team until seen. */
@Service
class SafetyAlertService implements SafetyAlerts {

    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final AccessDecisions access;
    private final ApplicationEventPublisher events;
    private final SafetyMailer mailer;
    private final TandemClock clock;
    /** Where alerts go for a team with no duty contact of its own (blank: nowhere). */
    private final String serviceDutyEmail;

    SafetyAlertService(JdbcClient jdbc, PeopleApi people, AccessDecisions access, ApplicationEventPublisher events,
            SafetyMailer mailer, TandemClock clock, @Value("${tandem.measures.safety.duty-email:}") String serviceDutyEmail) {
        this.jdbc = jdbc;
        this.people = people;
        this.access = access;
        this.events = events;
        this.mailer = mailer;
        this.clock = clock;
        this.serviceDutyEmail = serviceDutyEmail.trim();
    }

    /** Raises an alert for a stored response, inside its transaction: stored, published, and e-mailed once committed. */
    void raise(PersonId personId, OrganisationId organisationId, UUID responseId, String instrument, String instrumentTitle) {
        UUID id = UUID.randomUUID();
        Instant at = clock.now();
        jdbc.sql("""
                INSERT INTO measure_safety_alert (id, person_id, organisation_id, response_id, instrument, raised_at)
                VALUES (:id, :p, :o, :r, :i, :at)
                """).param("id", id).param("p", personId.value()).param("o", organisationId.value()).param("r", responseId)
                .param("i", instrument).param("at", Timestamp.from(at)).update();
        events.publishEvent(new SafetyAlertRaised(id, responseId, personId, organisationId, instrument, at));
        mailer.sendAfterCommit(dutyContacts(personId), personId, instrumentTitle, at);
    }

    /** The duty contacts of the teams with the person on their caseload today, else the service's. */
    List<String> dutyContacts(PersonId personId) {
        List<UUID> teams = people.caseloadEntries(personId).stream().filter(c -> c.activeOn(clock.today()))
                .map(CaseloadEntry::teamId).map(TeamId::value).distinct().toList();
        Set<String> to = new LinkedHashSet<>();
        if (!teams.isEmpty()) {
            to.addAll(jdbc.sql("SELECT email FROM measure_duty_contact WHERE team_id IN (:t) ORDER BY email").param("t", teams)
                    .query(String.class).list());
        }
        if (to.isEmpty() && !serviceDutyEmail.isEmpty()) {
            to.add(serviceDutyEmail);
        }
        return List.copyOf(to);
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenAlert> openFor(CurrentUser user) {
        if (!user.isStaff() || !user.hasCareRole()) {
            return List.of();
        }
        List<PersonId> visible = access.visibleOnCaseload(user, people.caseloadOfStaff(user.staffId(), clock.today(), null));
        if (visible.isEmpty()) {
            return List.of();
        }
        Map<PersonId, String> names = new HashMap<>();
        people.listItems(visible).forEach(p -> names.put(p.id(), p.displayName()));
        List<OpenAlert> out = new ArrayList<>();
        jdbc.sql("""
                SELECT id, person_id, instrument, raised_at FROM measure_safety_alert
                 WHERE seen_at IS NULL AND person_id IN (:p) ORDER BY raised_at DESC
                """).param("p", visible.stream().map(PersonId::value).toList())
                .query((rs, n) -> {
                    PersonId p = PersonId.of(rs.getObject("person_id", UUID.class));
                    return new OpenAlert(rs.getObject("id", UUID.class), p, names.getOrDefault(p, ""), rs.getString("instrument"),
                            rs.getTimestamp("raised_at").toInstant());
                }).list().forEach(out::add);
        return out;
    }

    @Override
    @Transactional
    public void markSeen(CurrentUser user, PersonId personId, UUID alertId) {
        PersonAccess decided = access.decide(user, personId);
        if (!decided.level().readsRecord() || decided.self()) {
            throw new PersonNotFoundException();
        }
        int changed = jdbc.sql("""
                UPDATE measure_safety_alert SET seen_by = :u, seen_at = :at
                 WHERE id = :id AND person_id = :p AND seen_at IS NULL
                """).param("u", user.username()).param("at", Timestamp.from(clock.now())).param("id", alertId)
                .param("p", personId.value()).update();
        if (changed == 0) {
            throw new NotFoundException("Safety alert");
        }
        access.recordChange(user, decided, AuditAction.UPDATE, "safety alert", alertId.toString());
    }

    @Override
    @Transactional
    public void setDutyContact(CurrentUser user, TeamId teamId, String email) {
        if (!(user.has(Role.ADMIN) || user.has(Role.SERVICE_LEAD)) || user.organisationId() == null) {
            throw new ForbiddenException("Only administrators and service leads set a team's duty contact.");
        }
        TeamView team = people.teams(user.organisationId()).stream().filter(t -> t.id().equals(teamId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Team"));
        if (email == null || email.isBlank()) {
            jdbc.sql("DELETE FROM measure_duty_contact WHERE team_id = :t").param("t", team.id().value()).update();
            return;
        }
        new Validation().email("email", email).throwIfInvalid();
        jdbc.sql("""
                INSERT INTO measure_duty_contact (team_id, organisation_id, email, set_by) VALUES (:t, :o, :e, :u)
                ON CONFLICT (team_id) DO UPDATE SET email = EXCLUDED.email, set_by = EXCLUDED.set_by, set_at = now()
                """).param("t", team.id().value()).param("o", team.organisationId().value()).param("e", email.trim())
                .param("u", user.username()).update();
    }

    /** For the demo: a team's duty contact, set without a signed-in user. */
    void seedDutyContact(TeamId teamId, OrganisationId organisationId, String email) {
        jdbc.sql("INSERT INTO measure_duty_contact (team_id, organisation_id, email, set_by) VALUES (:t, :o, :e, 'demo') ON CONFLICT DO NOTHING")
                .param("t", teamId.value()).param("o", organisationId.value()).param("e", email).update();
    }
}
