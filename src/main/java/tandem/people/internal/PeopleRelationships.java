package tandem.people.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tandem.consent.CareRelationships;
import tandem.identity.AccountDisplayNames;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** The people module's answers to consent's and identity's questions. */
@Component
class PeopleRelationships implements CareRelationships, AccountDisplayNames {

    /** Bounds the memory of {@link #organisations}: past this many people it starts again. */
    static final int REMEMBERED = 100_000;

    private final PeopleStore store;
    /** A person's organisation never changes (migration people/V2 refuses it), so each node remembers it. */
    private final Map<PersonId, OrganisationId> organisations = new ConcurrentHashMap<>();

    PeopleRelationships(PeopleStore store) {
        this.store = store;
    }

    @Override
    public Optional<OrganisationId> organisationOf(PersonId personId) {
        OrganisationId known = organisations.get(personId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<OrganisationId> found = store.organisationOfPerson(personId.value()).map(OrganisationId::new);
        found.ifPresent(org -> {
            if (organisations.size() >= REMEMBERED) {
                organisations.clear();
            }
            organisations.put(personId, org);
        });
        return found;
    }

    @Override
    public boolean onActiveCaseloadOfStaff(PersonId personId, StaffId staffId, LocalDate day) {
        return store.onActiveCaseloadOfStaff(personId.value(), staffId.value(), day);
    }

    @Override
    public Set<String> sharedWithSupporter(PersonId personId, AccountId supporterAccountId) {
        return store.sharesWith(personId.value(), supporterAccountId.value()).stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> displayName(PersonId personId, StaffId staffId) {
        if (personId != null) {
            return store.personName(personId.value());
        }
        if (staffId != null) {
            return store.staffName(staffId.value());
        }
        return Optional.empty();
    }
}
