package tandem.people;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;

public record SupporterLinkView(UUID id, PersonId personId, AccountId supporterAccountId, String supporterUsername,
        String relationship, Set<Share> shares, Instant createdAt, Instant endedAt) {

    public boolean active() {
        return endedAt == null;
    }
}
