package tandem.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on a free loopback port, for tests that check e-mail. */
public final class TestSmtp {

    private TestSmtp() {
    }

    /** Points the application's mail at this server (for a test class's {@code @DynamicPropertySource}). */
    public static void use(GreenMail smtp, org.springframework.test.context.DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    public static GreenMail start() {
        try (var socket = new java.net.ServerSocket(0)) {
            ServerSetup setup = new ServerSetup(socket.getLocalPort(), "127.0.0.1", "smtp");
            setup.setServerStartupTimeout(20_000);
            socket.close();
            GreenMail mail = new GreenMail(setup);
            mail.start();
            return mail;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
