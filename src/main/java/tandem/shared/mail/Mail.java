package tandem.shared.mail;

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

/**
 * Tandem's outgoing e-mail (CONTRACT.md, "Mail"): plain text, sent once the transaction that caused it has
 * committed (so nothing is mailed about a change that was rolled back), on a thread of its own (so how long a
 * request takes says nothing about whether a mail went). Without a configured SMTP server (the demo) it only
 * logs that a mail would have been sent, naming what kind, never the address, the text or a link in it.
 */
@Component
public class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> mail;
    private final String mailHost;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "mail");
        t.setDaemon(true);
        return t;
    });

    Mail(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
            @Value("${tandem.mail.from:tandem@localhost}") String from, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    /** The full address of a page of Tandem (the configured base URL and the path). */
    public String link(String path) {
        return baseUrl + path;
    }

    /** Sends the e-mail to one address after the commit; {@code what} names it in the log. */
    public void sendAfterCommit(String to, String subject, String text, String what) {
        sendAfterCommit(List.of(to), subject, text, what);
    }

    /** Sends the same e-mail to each address, separately, after the commit; {@code what} names it in the log. */
    public void sendAfterCommit(List<String> to, String subject, String text, String what) {
        if (to.isEmpty()) {
            return;
        }
        List<String> addresses = List.copyOf(to);
        Runnable send = () -> sender.execute(() -> addresses.forEach(address -> send(address, subject, text, what)));
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
