package tandem.identity.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** A client's address allow-list: IPv4 or IPv6 addresses or ranges (CIDR), checked without any name lookup. */
final class ClientAddresses {

    /** Only literal addresses: a host name would mean a DNS lookup on every check. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}(/[0-9]{1,3})?");

    private ClientAddresses() {
    }

    static boolean valid(String entry) {
        if (entry == null || !LITERAL.matcher(entry).matches() || !(entry.contains(".") || entry.contains(":"))) {
            return false;
        }
        try {
            new IpAddressMatcher(entry).matches(entry.contains(":") ? "::1" : "127.0.0.1");
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** An empty list allows every address. */
    static boolean allows(List<String> allowList, String address) {
        if (allowList.isEmpty()) {
            return true;
        }
        if (address == null) {
            return false;
        }
        for (String entry : allowList) {
            try {
                if (new IpAddressMatcher(entry).matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                // an entry of one family does not match an address of the other
            }
        }
        return false;
    }
}
