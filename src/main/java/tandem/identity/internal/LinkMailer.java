package tandem.identity.internal;

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

/**
 * Sends an e-mail holding a single-use link (a password reset, an invitation) once the transaction that
 * stored the link has committed, on a thread of its own, so that how long the request takes does not say
 * whether an account exists. Without a configured SMTP server (the demo) it only logs that a link would
 * have been sent, never the link or the address.
 */
@Component
class LinkMailer {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final ObjectProvider<JavaMailSender> mail;
    private final String mailHost;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "link-mail");
        t.setDaemon(true);
        return t;
    });

    LinkMailer(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
            @Value("${tandem.mail.from:tandem@localhost}") String from, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** The full address of a page of Tandem (the configured base URL and the path). */
    String link(String path) {
        return baseUrl + path;
    }

    /** Sends the plain-text e-mail after the commit; {@code what} names it in the log (never the address or the link). */
    void sendAfterCommit(String to, String subject, String text, String what) {
        Runnable send = () -> sender.execute(() -> send(to, subject, text, what));
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

    private void send(String to, String subject, String text, String what) {
        JavaMailSender smtp = mail.getIfAvailable();
        if (mailHost.isBlank() || smtp == null) {
            log.info("A {} would have been e-mailed (no SMTP server is configured)", what);
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject(subject);
        m.setText(text);
        try {
            smtp.send(m);
        } catch (RuntimeException e) {
            log.warn("A {} e-mail could not be sent: {}", what, e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
