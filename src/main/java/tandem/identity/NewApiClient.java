package tandem.identity;

import java.util.List;

/**
 * A client to register: its name (shown in the audit trail as "API client &lt;name&gt;"), the scopes it
 * may ask for ({@link ApiClients#SCOPES}) and, optionally, the addresses (IPv4 or IPv6, or a range like
 * {@code 10.0.0.0/24}) it may call from; an empty list allows any address.
 */
public record NewApiClient(String name, List<String> scopes, List<String> allowedAddresses) {

    public NewApiClient {
        scopes = scopes == null ? List.of() : scopes.stream().filter(java.util.Objects::nonNull).toList();
        allowedAddresses = allowedAddresses == null ? List.of()
                : allowedAddresses.stream().filter(java.util.Objects::nonNull).map(String::trim).filter(a -> !a.isEmpty()).toList();
    }
}
