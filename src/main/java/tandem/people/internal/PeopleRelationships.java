package tandem.people.internal;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tandem.consent.CareRelationships;
import tandem.identity.AccountDisplayNames;

/** The people module's answers to consent's and identity's questions. */
@Component
class PeopleRelationships implements CareRelationships, AccountDisplayNames {

    private final PeopleStore store;

    PeopleRelationships(PeopleStore store) {
        this.store = store;
    }

    @Override
    public Optional<UUID> organisationOf(UUID personId) {
        return store.organisationOfPerson(personId);
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
