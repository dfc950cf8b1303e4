package tandem.consent.internal;

import java.util.Optional;
import java.util.Set;

import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * Who may see a person, as a pure function of the facts. The facts are asked for only when the
 * rule needs them (a person looking at themselves costs no caseload query), so {@link Facts} is an
 * interface the service answers from the database and a test answers from a table.
 */
final class AccessRule {

    /** What the decision rests on, about one user and one person. */
    interface Facts {
        /** The person's organisation; empty when there is no such person. */
        Optional<OrganisationId> organisation();

        boolean sharingWithdrawn();

        /** The person is on the caseload of one of the staff member's teams today. */
        boolean onCaseloadOfStaff();

        /** The staff member holds an unexpired emergency grant for the person. */
        boolean breakGlassActive();

        /** What the person shares with this supporter account (empty when not linked). */
        Set<String> sharedWithSupporter();
    }

    private AccessRule() {
    }

    static PersonAccess decide(CurrentUser user, PersonId person, Facts facts) {
        Optional<OrganisationId> org = facts.organisation();
        if (org.isEmpty()) {
            return none(person);
        }
        OrganisationId organisation = org.get();
        if (user.isPersonSelf(person)) {
            return new PersonAccess(person, organisation, AccessLevel.SELF, Role.PERSON.name(), Set.of());
        }
        boolean sameOrganisation = organisation.equals(user.organisationId());
        if (user.isStaff() && user.hasCareRole() && sameOrganisation) {
            String role = user.has(Role.PRACTITIONER) ? Role.PRACTITIONER.name() : Role.PEER_SUPPORT_WORKER.name();
            if (!facts.sharingWithdrawn() && facts.onCaseloadOfStaff()) {
                return new PersonAccess(person, organisation, AccessLevel.CARE_TEAM, role, Set.of());
            }
            if (facts.breakGlassActive()) {
                return new PersonAccess(person, organisation, AccessLevel.BREAK_GLASS, role, Set.of());
            }
        }
        if (user.has(Role.SUPPORTER)) {
            Set<String> shares = facts.sharedWithSupporter();
            if (!shares.isEmpty()) {
                return new PersonAccess(person, organisation, AccessLevel.SUPPORTER, Role.SUPPORTER.name(), shares);
            }
        }
        if (user.has(Role.API_CLIENT)) {
            // another system of the organisation: the record while the person shares with their care team,
            // otherwise their directory entry only; nothing of another organisation's people
            if (!sameOrganisation) {
                return none(person);
            }
            return facts.sharingWithdrawn() ? new PersonAccess(person, organisation, AccessLevel.DIRECTORY, Role.API_CLIENT.name(), Set.of())
                    : new PersonAccess(person, organisation, AccessLevel.SYSTEM, Role.API_CLIENT.name(), Set.of());
        }
        if (sameOrganisation && user.has(Role.ADMIN)) {
            return new PersonAccess(person, organisation, AccessLevel.DIRECTORY, Role.ADMIN.name(), Set.of());
        }
        if (sameOrganisation && user.has(Role.SERVICE_LEAD)) {
            return new PersonAccess(person, organisation, AccessLevel.ACCESS_LOG, Role.SERVICE_LEAD.name(), Set.of());
        }
        return none(person);
    }

    static PersonAccess none(PersonId person) {
        return new PersonAccess(person, null, AccessLevel.NONE, null, Set.of());
    }
}
