package tandem.measures.internal;

import java.sql.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.shared.TandemClock;
import tandem.shared.ids.PersonId;

/**
 * E-mails a reminder when a questionnaire request falls due, once per request and date, to people
 * who chose contact by e-mail. Without a configured SMTP server (the demo) it only logs that a
 * reminder was due, never the person's name or address. Safe with several app nodes.
 */
@Component
class Reminders {

    private static final Logger log = LoggerFactory.getLogger(Reminders.class);
    private static final long LOCK_KEY = 0x7A4D_BE11L;

    private final JdbcClient jdbc;
    private final PeopleApi people;
    private final InstrumentCatalogue catalogue;
    private final ObjectProvider<JavaMailSender> mail;
    private final TandemClock clock;
    private final String mailHost;
    private final String from;
    private final String baseUrl;
    private final AssignmentStore assignments;
    private final int expiryDays;

    Reminders(JdbcClient jdbc, PeopleApi people, InstrumentCatalogue catalogue, ObjectProvider<JavaMailSender> mail,
            TandemClock clock, @Value("${spring.mail.host:}") String mailHost,
            @Value("${tandem.mail.from:tandem@localhost}") String from,
            @Value("${tandem.base-url:http://localhost:8080}") String baseUrl, AssignmentStore assignments,
            @Value("${tandem.measures.request-expiry-days:28}") int expiryDays) {
        this.assignments = assignments;
        this.expiryDays = expiryDays;
        this.jdbc = jdbc;
        this.people = people;
        this.catalogue = catalogue;
        this.mail = mail;
        this.clock = clock;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${tandem.measures.reminder-interval:PT15M}", initialDelayString = "PT1M")
    public void onSchedule() {
        expire();
        sendDue();
    }

    /** Requests not completed within the expiry period lapse (one-off) or move to the next date (scheduled). */
    @Transactional
    public int expire() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:k)").param("k", LOCK_KEY).query(Boolean.class).single();
        return Boolean.TRUE.equals(locked) ? assignments.expire(clock.today(), expiryDays) : 0;
    }

    /** Decides every due, undecided reminder; returns how many e-mails were sent. */
    @Transactional
    public int sendDue() {
        Boolean locked = jdbc.sql("SELECT pg_try_advisory_xact_lock(:k)").param("k", LOCK_KEY).query(Boolean.class).single();
        if (!Boolean.TRUE.equals(locked)) {
            return 0;
        }
        record Due(UUID id, PersonId personId, String instrument, java.time.LocalDate dueOn) {
        }
        List<Due> due = jdbc.sql("""
                SELECT a.id, a.person_id, a.instrument, a.due_on FROM measure_assignment a
                WHERE a.ended_at IS NULL AND a.due_on <= :today
                  AND NOT EXISTS (SELECT 1 FROM measure_reminder r WHERE r.assignment_id = a.id AND r.due_on = a.due_on)
                ORDER BY a.due_on LIMIT 500
                """).param("today", Date.valueOf(clock.today()))
                .query((rs, n) -> new Due(rs.getObject("id", UUID.class), PersonId.of(rs.getObject("person_id", UUID.class)), rs.getString("instrument"),
                        rs.getDate("due_on").toLocalDate())).list();
        int sent = 0;
        for (Due d : due) {
            Optional<PersonView> person = people.person(d.personId());
            String outcome;
            if (person.isEmpty() || !person.get().contactByEmail() || person.get().email() == null) {
                outcome = "NOT_BY_EMAIL";
            } else if (mailHost.isBlank() || mail.getIfAvailable() == null) {
                outcome = "LOGGED";
                log.info("A questionnaire reminder is due for request {} (e-mail is not configured, so none was sent)", d.id());
            } else {
                SimpleMailMessage message = new SimpleMailMessage();
                message.setFrom(from);
                message.setTo(person.get().email());
                message.setSubject("A questionnaire from your care team");
                String title = catalogue.find(d.instrument()).map(i -> i.title()).orElse(d.instrument());
                message.setText("Hello " + person.get().firstName() + ",\n\nYour care team asked if you would fill in: " + title
                        + ".\nIt is up to you. When you are ready, sign in to Tandem: " + baseUrl + "/me/measures\n\n"
                        + "You can change how you are contacted by asking your care team.\n");
                mail.getObject().send(message);
                outcome = "SENT";
                sent++;
            }
            jdbc.sql("INSERT INTO measure_reminder (assignment_id, due_on, outcome) VALUES (:a, :d, :o) ON CONFLICT DO NOTHING")
                    .param("a", d.id()).param("d", Date.valueOf(d.dueOn())).param("o", outcome).update();
        }
        return sent;
    }
}
