package tandem.identity;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Signing in with OpenID Connect: staff with their organisation's provider, people with their own
 * (NHS login style). Off unless a provider's issuer is configured; local passwords stay the default.
 */
public interface SingleSignOn {

    /** The request attribute that carries the provider's sign-out address to the signed-out page. */
    String END_SESSION_ATTRIBUTE = "tandem.sso.endSession";

    /** Why a single sign-on did not end signed in; each has a page of its own words and an HTTP status. */
    enum Problem {
        /** The provider could not be reached (or its discovery document was wrong). */
        UNAVAILABLE(503),
        /** The state was missing, replayed or malformed. */
        BAD_REQUEST(400),
        /** The ID token was refused (expired, wrong signature, audience or issuer, nonce). */
        BAD_TOKEN(401),
        /** The provider account matches no Tandem staff account that may sign in. */
        STAFF_NOT_MATCHED(403),
        /** The provider identity could not be linked to a person's record. */
        PERSON_NOT_LINKED(403),
        /** The person stopped at the provider, or the provider refused. */
        CANCELLED(403),
        /** The link waiting for confirmation has gone (too old, or never there). */
        EXPIRED(400);

        private final int status;

        Problem(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** A staff member whose single sign-on has not been used lately. */
    record UnusedSignIn(String username, String displayName, Instant lastUsedAt) {
    }

    boolean staffConfigured();

    boolean personConfigured();

    /** True when an administrator has asked that staff sign in only with single sign-on (and staff SSO is configured). */
    boolean requiredForStaff();

    /**
     * Turns the staff rule on or off; administrators only. It cannot be turned on while staff single
     * sign-on is not configured ({@code RuleRefusedException} on {@code required}), so nobody is locked out.
     */
    void setRequiredForStaff(CurrentUser admin, boolean required);

    /** How many days without use puts a staff member's sign-in on the review list. */
    int reviewAfterDays();

    /** Staff of the administrator's organisation whose single sign-on has not been used for {@link #reviewAfterDays()}. */
    List<UnusedSignIn> unusedStaffSignIns(CurrentUser admin);

    /** True when a person's sign-in waits in this session for them to confirm the link. */
    boolean linkWaiting(HttpServletRequest request);

    /** True when the link waiting in this session came through an invitation (not a verified NHS number). */
    boolean linkWaitingThroughInvitation(HttpServletRequest request);

    /**
     * Keeps an invitation's link in this session while the person signs in with their own provider, so that sign-in
     * makes their account and links it to the invited record (once they confirm). {@code GoneException} when the link
     * cannot be used, as for {@link Invitations#open}; {@code IllegalStateException} when people's sign-in is not set up.
     * Returns where to send the browser next.
     */
    String holdInvitation(HttpServletRequest request, String token);

    /** The person confirms the link waiting in this session; on success they are signed in. */
    boolean confirmLink(HttpServletRequest request, HttpServletResponse response);
}
