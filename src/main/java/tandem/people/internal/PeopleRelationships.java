package tandem.people.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tandem.consent.CareRelationships;
import tandem.identity.AccountDisplayNames;

/** The people module's answers to consent's and identity's questions. */
@Component
class PeopleRelationships implements CareRelationships, AccountDisplayNames {

    /** Bounds the memory of {@link #organisations}: past this many people it starts again. */
    static final int REMEMBERED = 100_000;

    private final PeopleStore store;
    /** A person's organisation never changes (migration people/V2 refuses it), so each node remembers it. */
    private final Map<UUID, UUID> organisations = new ConcurrentHashMap<>();

    PeopleRelationships(PeopleStore store) {
        this.store = store;
    }

    @Override
    public Optional<UUID> organisationOf(UUID personId) {
        UUID known = organisations.get(personId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<UUID> found = store.organisationOfPerson(personId);
        found.ifPresent(org -> {
            if (organisations.size() >= REMEMBERED) {
                organisations.clear();
            }
            organisations.put(personId, org);
        });
        return found;
    }

    @Override
    public boolean onActiveCaseloadOfStaff(UUID personId, UUID staffId, LocalDate day) {
        return store.onActiveCaseloadOfStaff(personId, staffId, day);
    }

    @Override
    public Set<String> sharedWithSupporter(UUID personId, UUID supporterAccountId) {
        return store.sharesWith(personId, supporterAccountId).stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> displayName(UUID personId, UUID staffId) {
        if (personId != null) {
            return store.personName(personId);
        }
        if (staffId != null) {
            return store.staffName(staffId);
        }
        return Optional.empty();
    }
}
