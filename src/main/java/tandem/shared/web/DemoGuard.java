package tandem.shared.web;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo profile's accounts have a published password: refuse to listen anywhere but loopback
 * unless TANDEM_DEMO_PUBLIC=true says that is really wanted.
 */
@Component
@Profile("demo")
class DemoGuard {

    DemoGuard(@Value("${server.address:}") String address, @Value("${TANDEM_DEMO_PUBLIC:false}") boolean allowPublic)
            throws UnknownHostException {
        boolean loopback = !address.isBlank() && InetAddress.getByName(address).isLoopbackAddress();
        if (!loopback && !allowPublic) {
            throw new IllegalStateException("The demo profile listens on 127.0.0.1 only (its accounts have a published "
                    + "password). Set TANDEM_DEMO_PUBLIC=true to listen on " + (address.isBlank() ? "all addresses" : address));
        }
    }
}
