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
 * Sends a reset link once the transaction that stored it has committed, on a thread of its own, so that
 * how long the request takes does not say whether an account exists. Without a configured SMTP server
 * (the demo) it only logs that a link would have been sent, never the link or the address.
 */
@Component
class ResetMailer {

    private static final Logger log = LoggerFactory.getLogger("tandem.security");

    private final ObjectProvider<JavaMailSender> mail;
    private final String mailHost;
    private final String from;
    private final String baseUrl;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "password-reset-mail");
        t.setDaemon(true);
        return t;
    });

    ResetMailer(ObjectProvider<JavaMailSender> mail, @Value("${spring.mail.host:}") String mailHost,
            @Value("${tandem.mail.from:tandem@localhost}") String from, @Value("${tandem.base-url:http://localhost:8080}") String baseUrl) {
        this.mail = mail;
        this.mailHost = mailHost;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void sendAfterCommit(String to, String token) {
        Runnable send = () -> sender.execute(() -> send(to, token));
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

    private void send(String to, String token) {
        JavaMailSender smtp = mail.getIfAvailable();
        if (mailHost.isBlank() || smtp == null) {
            log.info("A password reset link would have been e-mailed (no SMTP server is configured)");
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(to);
        m.setSubject("Reset your Tandem password");
        m.setText("""
                Someone asked to reset the password of your Tandem account. If it was you, open this link within an hour \
                and choose a new password:

                %s/account/reset/%s

                The link works once. If you did not ask, you can ignore this e-mail: your password stays as it is.
                """.formatted(baseUrl, token));
        try {
            smtp.send(m);
        } catch (RuntimeException e) {
            log.warn("A password reset e-mail could not be sent: {}", e.getClass().getSimpleName());
        }
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
