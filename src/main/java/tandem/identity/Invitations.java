package tandem.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.GoneException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/**
 * Invitations to Tandem (DESIGN.md, "Pages and tone"): a worker sends a person an e-mail with a single-use
 * link, valid for {@link #LIFETIME}; through it the person chooses a username and password, which makes a
 * person account linked to their record. Only a hash of the link is stored. A new invitation for the same
 * person ends the one before; the inviter can revoke one. Sending, opening, using and revoking are written
 * to the audit log and the security log (never the link).
 *
 * <p>Whether the worker may see the person is the caller's to decide (consent's access decision) before it
 * calls {@link #invite} or {@link #revoke}. Nobody needs an account to be supported: this is an offer.
 */
public interface Invitations {

    Duration LIFETIME = Duration.ofDays(7);

    /**
     * Sends an invitation to {@code email} for the person, from a worker in a care role. {@link InvalidInputException}
     * on {@code email} when it is missing or not an e-mail address; {@link ConflictException} when the person already
     * has an account (then nothing is sent); {@link ForbiddenException} when the inviter is not a care worker.
     */
    SentInvitation invite(CurrentUser inviter, PersonId personId, OrganisationId organisationId, String email);

    /** The person's invitations, newest first, with what became of each (for the people who may invite them). */
    List<InvitationStatus> forPerson(PersonId personId);

    /**
     * Ends an invitation's link. {@link NotFoundException} when the person has no such invitation; false when it
     * could not be used any more anyway (used, expired, replaced or revoked already).
     */
    boolean revoke(CurrentUser by, PersonId personId, UUID invitationId);

    /**
     * Opens a link: what the invitation page needs. The first opening is recorded. {@link GoneException} when the
     * link is unknown, used, expired, replaced or revoked, or the person has an account already (all alike).
     */
    OpenInvitation open(String token);

    /**
     * Makes the person's account through a link, and uses the link up. {@link InvalidInputException} on
     * {@code username} (its rules, or taken), {@code password} (the password rules) or {@code confirm} (the two
     * differ), when the link stays usable; {@link GoneException} as for {@link #open}.
     */
    AccountId accept(String token, String username, String password, String confirm);
}
