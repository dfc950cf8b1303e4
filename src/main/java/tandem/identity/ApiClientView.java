package tandem.identity;

import java.time.Instant;
import java.util.List;

/** A registered client as an administrator sees it: no secret. */
public record ApiClientView(String clientId, String name, List<String> scopes, List<String> allowedAddresses, boolean enabled,
        Instant createdAt, String createdBy, Instant secretRotatedAt, String secretRotatedBy, Instant changedAt, String changedBy) {
}
