package tandem.people.internal;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import tandem.consent.CareRelationships;
import tandem.identity.AccountAddresses;
import tandem.identity.AccountDisplayNames;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/** The people module's answers to consent's and identity's questions. */
@Component
class PeopleRelationships implements CareRelationships, AccountDisplayNames, AccountAddresses {

    /** Bounds the memory of {@link #organisations}: past this many people it starts again. */
    static final int REMEMBERED = 100_000;

    private final StaffStore staffStore;
    private final PersonStore personStore;
    private final SupporterStore supporters;
    /** A person's organisation never changes (migration people/V2 refuses it), so each node remembers it. */
    private final Map<PersonId, OrganisationId> organisations = new ConcurrentHashMap<>();

    PeopleRelationships(StaffStore staffStore, PersonStore personStore, SupporterStore supporters) {
        this.staffStore = staffStore;
        this.personStore = personStore;
        this.supporters = supporters;
    }

    @Override
    public Optional<OrganisationId> organisationOf(PersonId personId) {
        OrganisationId known = organisations.get(personId);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<OrganisationId> found = personStore.organisationOfPerson(personId.value()).map(OrganisationId::new);
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
        return personStore.onActiveCaseloadOfStaff(personId.value(), staffId.value(), day);
    }

    @Override
    public Set<String> sharedWithSupporter(PersonId personId, AccountId supporterAccountId) {
        return supporters.sharesWith(personId.value(), supporterAccountId.value()).stream().map(Enum::name).collect(Collectors.toSet());
    }

    @Override
    public Optional<String> displayName(PersonId personId, StaffId staffId) {
        if (personId != null) {
            return personStore.personName(personId.value());
        }
        if (staffId != null) {
            return staffStore.staffName(staffId.value());
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> emailAddress(PersonId personId, StaffId staffId) {
        if (personId != null) {
            return personStore.personView(personId.value()).map(tandem.people.PersonView::email);
        }
        if (staffId != null) {
            return staffStore.staff(staffId.value()).map(tandem.people.StaffView::email);
        }
        return Optional.empty();
    }
}
