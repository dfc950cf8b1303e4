package tandem.college.internal;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends college notifications written by enrolment, waitlist and session changes, respecting each
 * student's contact preference: e-mail when they chose e-mail (logged without personal data when no
 * SMTP server is configured, as in the demo); phone or post are left for college staff, listed
 * with the student; none means none. Safe with several app nodes (rows are claimed with SKIP LOCKED).
 * An e-mail that fails is tried again on later runs, {@value #MAX_ATTEMPTS} times in all, and then
 * left for college staff (FAILED); it never holds back, or rolls back, the others of its run.
 */
@Component
class Notifier {

    private static final Logger log = LoggerFactory.getLogger(Notifier.class);

    static final int MAX_ATTEMPTS = 5;

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final String mailHost;
    private final String from;
    private final String baseUrl;

    Notifier(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
            @Value("${tandem.mail.from:tandem@localhost}") String from, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    @Scheduled(fixedDelayString = "${tandem.college.notify-interval:PT30S}", initialDelayString = "PT20S")
    public void onSchedule() {
        sendPending();
    }

    /** Decides every pending notification; returns how many e-mails were sent. */
    @Transactional
    public int sendPending() {
        record Pending(UUID id, String subject, String body, String contactBy, String email, String name, int attempts) {
        }
        List<Pending> pending = jdbc.sql("""
                SELECT n.id, n.subject, n.body, s.contact_by, s.email, s.given_name, n.attempts FROM college_notification n
                JOIN college_student s ON s.id = n.student_id WHERE n.outcome IS NULL ORDER BY n.created_at LIMIT 200
                FOR UPDATE OF n SKIP LOCKED
                """).query((rs, i) -> new Pending(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getInt(7))).list();
        int sent = 0;
        for (Pending p : pending) {
            String outcome;
            int attempts = p.attempts();
            if (!"EMAIL".equals(p.contactBy()) || p.email() == null) {
                outcome = "NONE".equals(p.contactBy()) ? "NOT_CONTACTED" : "STAFF_TO_CONTACT";
            } else if (mailHost.isBlank() || mail.getIfAvailable() == null) {
                outcome = "LOGGED";
                log.info("A college notification is due ({}; e-mail is not configured, so none was sent)", p.id());
            } else {
                SimpleMailMessage m = new SimpleMailMessage();
                m.setFrom(from);
                m.setTo(p.email());
                m.setSubject(p.subject());
                m.setText("Hello " + p.name() + ",\n\n" + p.body() + "\n\nYour courses: " + baseUrl + "/college/me\n");
                try {
                    mail.getObject().send(m);
                    outcome = "SENT";
                    sent++;
                } catch (MailException e) {
                    // this row only: the e-mails already sent in this run keep their outcome
                    attempts++;
                    outcome = attempts >= MAX_ATTEMPTS ? "FAILED" : null;
                    log.warn("A college notification could not be e-mailed ({}; attempt {} of {}): {}", p.id(), attempts, MAX_ATTEMPTS,
                            e.getClass().getSimpleName());
                }
            }
            jdbc.sql("UPDATE college_notification SET outcome = :o, attempts = :a WHERE id = :id").param("o", outcome).param("a", attempts)
                    .param("id", p.id()).update();
        }
        return sent;
    }
}
