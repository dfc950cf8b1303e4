package tandem.identity.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import tandem.identity.ApiClientView;

/** A row of {@code api_client}. */
record ApiClientRow(UUID id, String clientId, String name, String secretHash, UUID organisationId, List<String> scopes,
        List<String> allowedAddresses, boolean enabled, int credentialsVersion, Instant createdAt, String createdBy,
        Instant secretRotatedAt, String secretRotatedBy, Instant changedAt, String changedBy, String kind, List<String> redirectUris,
        boolean publicClient) {

    static final String SYSTEM = "system";
    static final String APP = "app";

    boolean isApp() {
        return APP.equals(kind);
    }

    ApiClientView view() {
        return new ApiClientView(clientId, name, scopes, allowedAddresses, enabled, createdAt, createdBy, secretRotatedAt,
                secretRotatedBy, changedAt, changedBy);
    }

    /** The name the client acts under in the audit trail; never an account's username (those have no spaces). */
    String actorName() {
        return (isApp() ? "App " : "API client ") + name;
    }
}
