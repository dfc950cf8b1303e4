package tandem.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/** A real SMTP server (GreenMail) on a free loopback port, for tests that check e-mail. */
public final class TestSmtp {

    private TestSmtp() {
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
