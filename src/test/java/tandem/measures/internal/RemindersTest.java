package tandem.measures.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;

import tandem.support.DemoUsers;

/** Reminders go through a real SMTP server (GreenMail), once, and only to people who chose e-mail. */
@SpringBootTest(properties = {"tandem.demo.seed=true", "tandem.measures.reminder-interval=PT24H"})
class RemindersTest {

    static final GreenMail SMTP = tandem.support.TestSmtp.start();

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        tandem.support.TestSmtp.use(SMTP, registry);
    }

    @AfterAll
    static void stop() {
        SMTP.stop();
    }

    @Autowired
    Reminders reminders;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDueRequestSendsOneReminderToSomeoneWhoChoseEmailAndNoneToOthers() throws Exception {
        reminders.sendDue();
        int before = SMTP.getReceivedMessages().length;
        UUID alex = DemoUsers.personId(jdbc, "alex");
        jdbc.sql("UPDATE person SET email = 'alex@example.org', contact_by_email = true WHERE id = :p").param("p", alex).update();
        UUID jo = DemoUsers.personId(jdbc, "jo");
        jdbc.sql("UPDATE person SET email = 'jo@example.org', contact_by_email = false WHERE id = :p").param("p", jo).update();
        UUID org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
        for (UUID person : new UUID[] {alex, jo}) {
            jdbc.sql("""
                    INSERT INTO measure_assignment (id, person_id, organisation_id, instrument, due_on, assigned_by)
                    VALUES (:id, :p, :o, 'WEMWBS', :d, 'sam')
                    """).param("id", UUID.randomUUID()).param("p", person).param("o", org)
                    .param("d", java.sql.Date.valueOf(LocalDate.now())).update();
        }
        assertThat(reminders.sendDue()).isEqualTo(1);
        assertThat(reminders.sendDue()).as("never twice").isZero();
        MimeMessage[] received = SMTP.getReceivedMessages();
        assertThat(received).hasSize(before + 1);
        MimeMessage message = received[received.length - 1];
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("alex@example.org");
        String body = GreenMailUtil.getBody(message);
        assertThat(body).contains("Hello Alex").contains("Warwick-Edinburgh").doesNotContain("Morgan");
    }

    @Test
    void requestsNotCompletedInTimeLapseOrMoveToTheirNextDate() {
        UUID alex = DemoUsers.personId(jdbc, "alex");
        UUID org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Riverside Mental Health Services'").query(UUID.class).single();
        UUID once = UUID.randomUUID();
        UUID monthly = UUID.randomUUID();
        jdbc.sql("INSERT INTO measure_assignment (id, person_id, organisation_id, instrument, due_on, assigned_by) "
                + "VALUES (:id, :p, :o, 'GBO', :d, 'sam')").param("id", once).param("p", alex).param("o", org)
                .param("d", java.sql.Date.valueOf(LocalDate.now().minusDays(60))).update();
        jdbc.sql("INSERT INTO measure_assignment (id, person_id, organisation_id, instrument, due_on, every_months, assigned_by) "
                + "VALUES (:id, :p, :o, 'GBO', :d, 1, 'sam')").param("id", monthly).param("p", alex).param("o", org)
                .param("d", java.sql.Date.valueOf(LocalDate.now().minusDays(60))).update();
        assertThat(reminders.expire()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT ended_at IS NOT NULL FROM measure_assignment WHERE id = :id").param("id", once)
                .query(Boolean.class).single()).isTrue();
        LocalDate next = jdbc.sql("SELECT due_on FROM measure_assignment WHERE id = :id").param("id", monthly)
                .query(java.sql.Date.class).single().toLocalDate();
        assertThat(next).isAfterOrEqualTo(LocalDate.now().minusDays(28));
    }
}
