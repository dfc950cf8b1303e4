package tandem.identity.internal;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.security.web.util.matcher.IpAddressMatcher;

/** A client's address allow-list: IPv4 or IPv6 addresses or ranges (CIDR), checked without any name lookup. */
final class ClientAddresses {

    /** Only literal addresses: a host name would mean a DNS lookup on every check. */
    private static final Pattern LITERAL = Pattern.compile("[0-9A-Fa-f:.]{2,45}(/[0-9]{1,3})?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");

    private ClientAddresses() {
    }

    static boolean valid(String entry) {
        if (entry == null || !LITERAL.matcher(entry).matches() || !(entry.contains(".") || entry.contains(":"))) {
            return false;
        }
        String address = entry.contains("/") ? entry.substring(0, entry.indexOf('/')) : entry;
        if (!address.contains(":") && !IPV4.matcher(address).matches()) {
            return false; // not a dotted quad: the JDK would look it up as a host name
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
