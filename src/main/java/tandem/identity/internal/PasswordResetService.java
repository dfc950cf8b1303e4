package tandem.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.identity.AccountAddresses;
import tandem.identity.AccountSummary;
import tandem.identity.Accounts;
import tandem.identity.PasswordPolicy;
import tandem.identity.PasswordResets;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.GoneException;
import tandem.shared.error.InvalidInputException;

/** {@link PasswordResets}: a link by e-mail, used once within the hour; the reset ends the account's sessions. */
@Service
class PasswordResetService implements PasswordResets {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    /** How many links one account may be sent in an hour (more requests are ignored, silently). */
    static final int MAX_PER_HOUR = 3;

    private final Accounts accounts;
    private final List<AccountAddresses> addresses;
    private final ResetStore store;
    private final tandem.shared.mail.Mail mailer;
    private final TandemClock clock;

    PasswordResetService(Accounts accounts, List<AccountAddresses> addresses, ResetStore store, tandem.shared.mail.Mail mailer, TandemClock clock) {
        this.accounts = accounts;
        this.addresses = addresses;
        this.store = store;
        this.mailer = mailer;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void request(String username) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty() || name.length() > 200) {
            return;
        }
        Optional<AccountSummary> account = accounts.byUsername(name).filter(AccountSummary::enabled);
        Optional<String> to = account.flatMap(a -> addresses.stream().map(x -> x.emailAddress(a.personId(), a.staffId()))
                .flatMap(Optional::stream).filter(e -> !e.isBlank()).findFirst());
        if (account.isEmpty() || to.isEmpty()) {
            security.info("Password reset asked for an account that has none to send (no such account, disabled, or no e-mail address)");
            return;
        }
        Instant now = clock.now();
        if (store.requestedSince(account.get().id().value(), now.minus(Duration.ofHours(1))) >= MAX_PER_HOUR) {
            security.info("Password reset asked again for account {} within the hour: not sent", account.get().id());
            return;
        }
        String token = LinkTokens.newToken();
        store.endOpenLinks(account.get().id().value(), now);
        store.insert(token, account.get().id().value(), now, now.plus(Duration.ofMinutes(LINK_LIFETIME_MINUTES)));
        mailer.sendAfterCommit(to.get(), "Reset your Tandem password", """
                Someone asked to reset the password of your Tandem account. If it was you, open this link within an hour \
                and choose a new password:

                %s

                The link works once. If you did not ask, you can ignore this e-mail: your password stays as it is.
                """.formatted(mailer.link("/account/reset/" + token)), "password reset link");
        security.info("Password reset link sent for account {}", account.get().id());
    }

    @Override
    @Transactional(readOnly = true)
    public void checkUsable(String token) {
        if (!LinkTokens.plausible(token) || store.find(token).filter(l -> l.usable(clock.now())).isEmpty()) {
            throw new GoneException("Reset link");
        }
    }

    @Override
    @Transactional
    public void reset(String token, String password, String confirm) {
        if (!LinkTokens.plausible(token)) {
            throw new GoneException("Reset link");
        }
        ResetStore.Link link = store.lock(token).filter(l -> l.usable(clock.now())).orElseThrow(() -> new GoneException("Reset link"));
        AccountSummary account = accounts.byId(tandem.shared.ids.AccountId.of(link.accountId())).filter(AccountSummary::enabled)
                .orElseThrow(() -> new GoneException("Reset link"));
        List<FieldProblem> problems = new java.util.ArrayList<>(PasswordPolicy.check("password", password, account.staffId() != null,
                account.username()));
        if (password == null || !password.equals(confirm)) {
            problems.add(new FieldProblem("confirm", "Type the same new password twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        accounts.setPassword(account.id(), password, account.staffId() != null, account.username());
        store.markUsed(token, clock.now());
        int ended = store.endSessions(account.username());
        security.info("Password reset through a link for account {}; {} signed-in sessions ended", account.id(), ended);
    }
}
