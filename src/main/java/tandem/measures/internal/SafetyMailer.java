package tandem.measures.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import jakarta.annotation.PreDestroy;
import tandem.shared.ids.PersonId;

/**
 * E-mails a team's duty contact that a safety answer was given, once the response is committed, on a
 * thread of its own. The e-mail says only that there was a safety answer, on which questionnaire, when,
 * and links to the person's page: never the answers, never the person's name. Without a configured SMTP
 * server (the demo) it only logs that an e-mail would have been sent.
 */
@Component
class SafetyMailer {

    private static final Logger log = LoggerFactory.getLogger(SafetyMailer.class);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm");

    private final ObjectProvider<JavaMailSender> mail;
    private final String mailHost;
    private final String from;
    private final String baseUrl;
    private final ZoneId zone;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "safety-alert-mail");
        t.setDaemon(true);
        return t;
    });

    SafetyMailer(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
            @Value("${tandem.mail.from:tandem@localhost}") String from, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl,
            tandem.shared.TandemClock clock) {
        this.mail = mail;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl;
        this.zone = clock.zone();
    }

    void sendAfterCommit(List<String> to, PersonId personId, String instrumentTitle, Instant at) {
        if (to.isEmpty()) {
            return;
        }
        Runnable send = () -> sender.execute(() -> to.forEach(address -> send(address, personId, instrumentTitle, at)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    send.run();
                }
            });
        } else {
            send.run();
        }
    }

    private void send(String to, PersonId personId, String instrumentTitle, Instant at) {
        JavaMailSender smtp = mail.getIfAvailable();
        if (mailHost.isBlank() || smtp == null) {
            log.info("A safety alert would have been e-mailed to a duty contact (no SMTP server is configured)");
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject("Tandem: a safety answer needs attention today");
        m.setText("""
                A person on your team's caseload gave a safety answer (about thoughts of self-harm) on %s, \
                on %s. It needs a response from the team today.

                Open their questionnaires in Tandem (you will need to sign in):

                %s/people/%s/measures

                This e-mail holds no answers and no name, on purpose. The alert is also at the top of the care \
                team's home page in Tandem until someone marks it seen.
                """.formatted(instrumentTitle, WHEN.format(at.atZone(zone)), baseUrl, personId));
        try {
            smtp.send(m);
        } catch (RuntimeException e) {
            log.warn("A safety alert e-mail could not be sent: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
