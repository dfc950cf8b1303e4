package tandem.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

public record SupporterLinkView(UUID id, UUID personId, UUID supporterAccountId, String supporterUsername,
        String relationship, Set<Share> shares, Instant createdAt, Instant endedAt) {

    public boolean active() {
        return endedAt == null;
    }
}
