package tandem.identity.internal;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.identity.SignInMatches;
import tandem.identity.SingleSignOn;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.RuleRefusedException;

/**
 * {@link SingleSignOn}: what happens once the provider has proved who someone is. The provider proves
 * identity only; roles, teams and caseloads stay Tandem's. A first staff sign-in links by a verified
 * e-mail address (or a configured identifier claim); a first person sign-in links only on a verified NHS
 * number with a matching date of birth, and only once the person confirms. Everything else is refused
 * with a page that says what to do, and nothing is created.
 */
@Service
class SingleSignOnService implements SingleSignOn, AuthenticationSuccessHandler {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    private final OidcSettings settings;
    private final SsoStore store;
    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final List<SignInMatches> matches;
    private final SecurityContextRepository contexts;
    private final TandemClock clock;
    private final TransactionTemplate tx;
    private final SsoSignIns signIns;
    private final PersonLinks people;

    SingleSignOnService(OidcSettings settings, SsoStore store, AccountRepository accounts, AccountUserDetailsService users,
            List<SignInMatches> matches, SecurityContextRepository contexts, TandemClock clock,
            org.springframework.transaction.PlatformTransactionManager transactions, SsoSignIns signIns, PersonLinks people) {
        this.settings = settings;
        this.store = store;
        this.accounts = accounts;
        this.users = users;
        this.matches = matches;
        this.contexts = contexts;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.signIns = signIns;
        this.people = people;
    }

    // The provider has answered: the ID token is valid (signature, issuer, audience, expiry, nonce checked by Spring Security).

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        // the provider's token never becomes the session's sign-in: Tandem's own principal does, or nothing
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        if (!(auth instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)) {
            SsoSignIns.problem(request, response, Problem.BAD_TOKEN);
            return;
        }
        String registration = token.getAuthorizedClientRegistrationId();
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        String subject = user.getSubject();
        if (OidcSettings.STAFF.equals(registration)) {
            staff(request, response, issuer, subject, user);
        } else if (OidcSettings.PERSON.equals(registration)) {
            people.person(request, response, issuer, subject, user);
        } else {
            SsoSignIns.problem(request, response, Problem.BAD_REQUEST);
        }
    }

    private void staff(HttpServletRequest request, HttpServletResponse response, String issuer, String subject, OidcUser user)
            throws IOException {
        Optional<SsoStore.Link> link = store.find(issuer, subject);
        if (link.isPresent()) {
            Optional<AccountRow> account = accounts.findById(link.get().accountId()).filter(a -> a.staffId() != null);
            if (account.isEmpty() || !account.get().enabled()) {
                signIns.refuse(request, response, Problem.STAFF_NOT_MATCHED, "staff sign-in for a linked account that is disabled or not staff",
                        link.get().accountId());
                return;
            }
            store.used(link.get().id(), clock.now(), null);
            signIns.signIn(request, response, account.get(), OidcSettings.STAFF, user.getIdToken().getTokenValue(), "staff sign-in");
            SsoSignIns.home(request, response);
            return;
        }
        Optional<AccountRow> found = findStaffAccount(user);
        if (found.isEmpty()) {
            signIns.refuse(request, response, Problem.STAFF_NOT_MATCHED, "no staff account matches (an unverified or unknown e-mail, or no identifier)",
                    null);
            return;
        }
        AccountRow account = found.get();
        if (!account.enabled()) {
            signIns.refuse(request, response, Problem.STAFF_NOT_MATCHED, "the matching staff account is disabled", account.id());
            return;
        }
        if (store.accountLinkedAt(account.id(), issuer)) {
            // another provider account already signs in as this one: never a second, silently
            signIns.refuse(request, response, Problem.STAFF_NOT_MATCHED, "the matching account is already linked to another provider account",
                    account.id());
            return;
        }
        store.insert(account.id(), OidcSettings.STAFF, issuer, subject, clock.now(), null);
        security.info("Single sign-on linked account {} to its organisation account at {}", account.id(), issuer);
        signIns.signIn(request, response, account, OidcSettings.STAFF, user.getIdToken().getTokenValue(), "first staff sign-in");
        SsoSignIns.home(request, response);
    }

    private Optional<AccountRow> findStaffAccount(OidcUser user) {
        Optional<String> idClaim = settings.staffIdClaim();
        if (idClaim.isPresent()) {
            Object value = user.getClaims().get(idClaim.get());
            if (value instanceof String s && !s.isBlank() && s.length() <= 200) {
                return accounts.findByUsername(s).filter(a -> a.staffId() != null);
            }
        }
        String email = user.getEmail();
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(verified(user.getClaims().get("email_verified")))) {
            return Optional.empty();
        }
        List<tandem.shared.ids.StaffId> staff = matches.stream().flatMap(m -> m.staffWithEmail(email.strip()).stream()).distinct().toList();
        if (staff.size() != 1) {
            return Optional.empty();
        }
        return accounts.findByStaff(staff.get(0).value());
    }

    private static Boolean verified(Object claim) {
        return claim instanceof Boolean b ? b : claim instanceof String s ? Boolean.valueOf(s) : Boolean.FALSE;
    }

    // A person's link, waiting for them to confirm it (PersonLinks).

    @Override
    public boolean linkWaiting(HttpServletRequest request) {
        return people.linkWaiting(request);
    }

    @Override
    public boolean linkWaitingThroughInvitation(HttpServletRequest request) {
        return people.linkWaitingThroughInvitation(request);
    }

    @Override
    public boolean confirmLink(HttpServletRequest request, HttpServletResponse response) {
        return people.confirmLink(request, response);
    }

    @Override
    public String holdInvitation(HttpServletRequest request, String token) {
        if (!personConfigured()) {
            throw new IllegalStateException("People's own sign-in is not set up");
        }
        return people.holdInvitation(request, token);
    }

    // Settings.

    @Override
    public boolean staffConfigured() {
        return settings.staff().isPresent();
    }

    @Override
    public boolean personConfigured() {
        return settings.person().isPresent();
    }

    @Override
    public boolean requiredForStaff() {
        return staffConfigured() && store.requiredForStaff();
    }

    /** True when this user's local password may not sign in (staff, while single sign-on is required). */
    boolean refusesPassword(CurrentUser user) {
        return user.isStaff() && requiredForStaff();
    }

    @Override
    public void setRequiredForStaff(CurrentUser admin, boolean required) {
        if (!admin.has(Role.ADMIN)) {
            throw new ForbiddenException("Administrators only");
        }
        if (required && !staffConfigured()) {
            throw new RuleRefusedException("required",
                    "Staff single sign-on is not set up, so it cannot be required: staff would have no way to sign in");
        }
        tx.executeWithoutResult(s -> store.setRequiredForStaff(required, admin.accountId().value(), clock.now()));
        security.info("Account {} {} single sign-on for staff", admin.accountId(), required ? "required" : "stopped requiring");
    }

    @Override
    public int reviewAfterDays() {
        return settings.reviewAfterDays();
    }

    @Override
    public List<UnusedSignIn> unusedStaffSignIns(CurrentUser admin) {
        if (!admin.has(Role.ADMIN) || admin.organisationId() == null) {
            throw new ForbiddenException("Administrators only");
        }
        Instant before = clock.now().minus(Duration.ofDays(settings.reviewAfterDays()));
        return store.unusedStaff(admin.organisationId().value(), before).stream()
                .map(u -> accounts.findById(u.accountId()).map(a -> new UnusedSignIn(u.username(), users.currentUser(a).displayName(),
                        u.lastUsedAt())))
                .flatMap(Optional::stream).toList();
    }

}
