package tandem.identity;

/**
 * Resetting a forgotten password by e-mail, for local accounts. Anyone may ask; nothing they see says
 * whether an account exists. The link is single-use, lasts {@link #LINK_LIFETIME_MINUTES} minutes, and a
 * reset ends every signed-in session of the account.
 */
public interface PasswordResets {

    int LINK_LIFETIME_MINUTES = 60;

    /**
     * Sends a reset link to the e-mail address held for the account with this username, when there is
     * such an account, it is enabled and an address is held; otherwise does nothing. Never says which:
     * the caller shows the same page whatever happened. At most a few links an hour are sent for one
     * account; more requests are ignored the same silent way.
     */
    void request(String username);

    /** Whether a link can still be used; {@code GoneException} when it is unknown, used or expired. */
    void checkUsable(String token);

    /**
     * Sets a new password through a link: {@code InvalidInputException} on {@code password} when it breaks
     * the password rules, or on {@code confirm} when the two differ (the link stays usable then);
     * {@code GoneException} when the link is unknown, used or expired. Uses the link up and ends every
     * session of the account.
     */
    void reset(String token, String password, String confirm);
}
