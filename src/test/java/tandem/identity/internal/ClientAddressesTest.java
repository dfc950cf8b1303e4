package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"192.0.2.10", "10.1.0.0/16", "::1", "2001:db8::/32", "0.0.0.0/0"})
    void acceptsLiteralAddressesAndRanges(String entry) {
        assertThat(ClientAddresses.valid(entry)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org", "localhost", "10.1.0.0/33", "192.0.2.10/", "", "1", "300.1.1.1/8x", "::1/129", "300.1.1.1", "1.2.3", "1.2.3.4.5", "a.b.c.d"})
    void refusesNamesAndBadRanges(String entry) {
        assertThat(ClientAddresses.valid(entry)).isFalse();
    }

    @Test
    void anEmptyListAllowsEveryAddressAndAListOnlyItsOwn() {
        assertThat(ClientAddresses.allows(List.of(), "203.0.113.9")).isTrue();
        List<String> list = List.of("127.0.0.1", "10.20.0.0/16", "2001:db8::/32");
        assertThat(ClientAddresses.allows(list, "127.0.0.1")).isTrue();
        assertThat(ClientAddresses.allows(list, "10.20.255.1")).isTrue();
        assertThat(ClientAddresses.allows(list, "2001:db8::5")).isTrue();
        assertThat(ClientAddresses.allows(list, "10.21.0.1")).isFalse();
        assertThat(ClientAddresses.allows(list, "203.0.113.9")).isFalse();
        assertThat(ClientAddresses.allows(list, null)).isFalse();
    }
}
