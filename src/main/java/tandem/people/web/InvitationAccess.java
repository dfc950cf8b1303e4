package tandem.people.web;

import org.springframework.stereotype.Component;

import tandem.consent.AccessDecisions;
import tandem.consent.AccessLevel;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.shared.error.ForbiddenException;
import tandem.shared.ids.PersonId;

/**
 * Who may invite a person to Tandem, or revoke an invitation: a worker in the person's care team (on one of
 * their teams' caseloads, while the person shares with them). Not the person, a supporter, an administrator
 * or a service lead (403), nor emergency access (403: it is for emergencies); someone who may not see the
 * person at all gets 404, as everywhere.
 */
@Component
class InvitationAccess {

    private final AccessDecisions access;

    InvitationAccess(AccessDecisions access) {
        this.access = access;
    }

    PersonAccess requireCareTeam(CurrentUser user, PersonId personId) {
        PersonAccess decided = access.decide(user, personId);
        if (decided.level() == AccessLevel.NONE) {
            throw new PersonNotFoundException();
        }
        if (!mayInvite(decided)) {
            throw new ForbiddenException("Only a worker in the person's care team can invite them to Tandem.");
        }
        return decided;
    }

    static boolean mayInvite(PersonAccess decided) {
        return decided.level() == AccessLevel.CARE_TEAM;
    }
}
