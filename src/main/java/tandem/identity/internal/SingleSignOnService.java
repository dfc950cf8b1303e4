package tandem.identity.internal;

import java.io.IOException;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

    static final String PENDING = "tandem.sso.pending";
    static final String SESSION = "tandem.sso.session";
    static final String INVITATION = "tandem.sso.invitation";
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(10);

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A person's link waiting for them to confirm it. Holds nothing shown to them. */
    record PendingLink(String issuer, String subject, UUID personId, UUID organisationId, String proofingLevel, String idToken,
            Instant createdAt, InvitationService.Held invitation) implements Serializable {
    }

    /** An invitation's link kept in the session while the person signs in with their own provider. */
    record HeldInvitation(InvitationService.Held invitation, Instant heldAt) implements Serializable {
    }

    /** How this session signed in, for signing out of the provider too. */
    record SsoSession(String registrationId, String idToken) implements Serializable {
    }

    private final OidcSettings settings;
    private final SsoStore store;
    private final AccountRepository accounts;
    private final AccountUserDetailsService users;
    private final List<SignInMatches> matches;
    private final SecurityContextRepository contexts;
    private final SessionDevices devices;
    private final TandemClock clock;
    private final TransactionTemplate tx;
    private final TrustedDevices trusted;
    private final tandem.audit.AuditLog audit;
    private final InvitationService invitations;

    SingleSignOnService(OidcSettings settings, SsoStore store, AccountRepository accounts, AccountUserDetailsService users,
            List<SignInMatches> matches, SecurityContextRepository contexts, SessionDevices devices, TandemClock clock,
            org.springframework.transaction.PlatformTransactionManager transactions, TrustedDevices trusted, tandem.audit.AuditLog audit, InvitationService invitations) {
        this.audit = audit;
        this.invitations = invitations;
        this.trusted = trusted;
        this.settings = settings;
        this.store = store;
        this.accounts = accounts;
        this.users = users;
        this.matches = matches;
        this.contexts = contexts;
        this.devices = devices;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    // The provider has answered: the ID token is valid (signature, issuer, audience, expiry, nonce checked by Spring Security).

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication auth) throws IOException {
        // the provider's token never becomes the session's sign-in: Tandem's own principal does, or nothing
        SecurityContextHolder.clearContext();
        contexts.saveContext(SecurityContextHolder.createEmptyContext(), request, response);
        if (!(auth instanceof OAuth2AuthenticationToken token) || !(token.getPrincipal() instanceof OidcUser user)) {
            problem(request, response, Problem.BAD_TOKEN);
            return;
        }
        String registration = token.getAuthorizedClientRegistrationId();
        String issuer = String.valueOf(user.getIdToken().getIssuer());
        String subject = user.getSubject();
        if (OidcSettings.STAFF.equals(registration)) {
            staff(request, response, issuer, subject, user);
        } else if (OidcSettings.PERSON.equals(registration)) {
            person(request, response, issuer, subject, user);
        } else {
            problem(request, response, Problem.BAD_REQUEST);
        }
    }

    private void staff(HttpServletRequest request, HttpServletResponse response, String issuer, String subject, OidcUser user)
            throws IOException {
        Optional<SsoStore.Link> link = store.find(issuer, subject);
        if (link.isPresent()) {
            Optional<AccountRow> account = accounts.findById(link.get().accountId()).filter(a -> a.staffId() != null);
            if (account.isEmpty() || !account.get().enabled()) {
                refuse(request, response, Problem.STAFF_NOT_MATCHED, "staff sign-in for a linked account that is disabled or not staff",
                        link.get().accountId());
                return;
            }
            store.used(link.get().id(), clock.now(), null);
            signIn(request, response, account.get(), OidcSettings.STAFF, user.getIdToken().getTokenValue(), "staff sign-in");
            home(request, response);
            return;
        }
        Optional<AccountRow> found = findStaffAccount(user);
        if (found.isEmpty()) {
            refuse(request, response, Problem.STAFF_NOT_MATCHED, "no staff account matches (an unverified or unknown e-mail, or no identifier)",
                    null);
            return;
        }
        AccountRow account = found.get();
        if (!account.enabled()) {
            refuse(request, response, Problem.STAFF_NOT_MATCHED, "the matching staff account is disabled", account.id());
            return;
        }
        if (store.accountLinkedAt(account.id(), issuer)) {
            // another provider account already signs in as this one: never a second, silently
            refuse(request, response, Problem.STAFF_NOT_MATCHED, "the matching account is already linked to another provider account",
                    account.id());
            return;
        }
        store.insert(account.id(), OidcSettings.STAFF, issuer, subject, clock.now(), null);
        security.info("Single sign-on linked account {} to its organisation account at {}", account.id(), issuer);
        signIn(request, response, account, OidcSettings.STAFF, user.getIdToken().getTokenValue(), "first staff sign-in");
        home(request, response);
    }

    private static void home(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect(request.getContextPath() + "/");
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

    private void person(HttpServletRequest request, HttpServletResponse response, String issuer, String subject, OidcUser user)
            throws IOException {
        String level = stringClaim(user, "identity_proofing_level");
        Optional<SsoStore.Link> link = store.find(issuer, subject);
        if (link.isPresent()) {
            Optional<AccountRow> account = accounts.findById(link.get().accountId()).filter(a -> a.personId() != null);
            if (account.isEmpty() || !account.get().enabled()) {
                refuse(request, response, Problem.PERSON_NOT_LINKED, "person sign-in for a linked account that is disabled",
                        link.get().accountId());
                return;
            }
            store.used(link.get().id(), clock.now(), level);
            signIn(request, response, account.get(), OidcSettings.PERSON, user.getIdToken().getTokenValue(), "person sign-in");
            home(request, response);
            return;
        }
        Optional<InvitationService.Held> invited = heldInvitation(request);
        if (invited.isPresent()) {
            throughInvitation(request, response, issuer, subject, user, level, invited.get());
            return;
        }
        Optional<SignInMatches.VerifiedPerson> match = matchPerson(user);
        if (match.isEmpty()) {
            refuse(request, response, Problem.PERSON_NOT_LINKED,
                    "no person holds this NHS number as verified with this date of birth (or no number was sent)", null);
            return;
        }
        request.getSession().setAttribute(PENDING, new PendingLink(issuer, subject, match.get().personId().value(),
                match.get().organisationId().value(), level, user.getIdToken().getTokenValue(), clock.now(), null));
        security.info("Person sign-in from {} matched a verified NHS number and date of birth; waiting for the person to confirm", issuer);
        response.sendRedirect(request.getContextPath() + "/login/sso/link");
    }

    /**
     * A person signing in with their own provider from an invitation's link: the invitation says which record, as it
     * does for a password. Refused when the provider's NHS number is held, verified, for someone else: that is not
     * the invited person, or the invitation went to the wrong address.
     */
    private void throughInvitation(HttpServletRequest request, HttpServletResponse response, String issuer, String subject,
            OidcUser user, String level, InvitationService.Held held) throws IOException {
        String nhs = stringClaim(user, "nhs_number");
        if (nhs != null && nhs.matches("[0-9]{10}")) {
            List<SignInMatches.VerifiedPerson> verified = matches.stream().flatMap(m -> m.peopleWithVerifiedNhsNumber(nhs).stream()).toList();
            if (!verified.isEmpty() && verified.stream().noneMatch(v -> v.personId().value().equals(held.personId()))) {
                refuse(request, response, Problem.PERSON_NOT_LINKED,
                        "the provider's NHS number is held as verified for someone other than the invited person", null);
                return;
            }
        }
        request.getSession().setAttribute(PENDING, new PendingLink(issuer, subject, held.personId(), held.organisationId(), level,
                user.getIdToken().getTokenValue(), clock.now(), held));
        security.info("Person sign-in from {} through invitation {}; waiting for the person to confirm", issuer, held.id());
        response.sendRedirect(request.getContextPath() + "/login/sso/link");
    }

    /** The invitation held in this session (taken out of it), if it is recent enough. */
    private Optional<InvitationService.Held> heldInvitation(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(INVITATION) instanceof HeldInvitation h)) {
            return Optional.empty();
        }
        session.removeAttribute(INVITATION);
        return h.heldAt().plus(PENDING_LIFETIME).isBefore(clock.now()) ? Optional.empty() : Optional.of(h.invitation());
    }

    @Override
    public String holdInvitation(HttpServletRequest request, String token) {
        if (!personConfigured()) {
            throw new IllegalStateException("People's own sign-in is not set up");
        }
        InvitationService.Held held = tx.execute(s -> invitations.hold(token));
        request.getSession().setAttribute(INVITATION, new HeldInvitation(held, clock.now()));
        return "/oauth2/authorization/" + OidcSettings.PERSON;
    }

    @Override
    public boolean linkWaitingThroughInvitation(HttpServletRequest request) {
        return pending(request).map(p -> p.invitation() != null).orElse(false);
    }

    private Optional<SignInMatches.VerifiedPerson> matchPerson(OidcUser user) {
        String nhs = stringClaim(user, "nhs_number");
        String birthdate = stringClaim(user, "birthdate");
        if (nhs == null || birthdate == null || !nhs.matches("[0-9]{10}")) {
            return Optional.empty();
        }
        LocalDate born;
        try {
            born = LocalDate.parse(birthdate);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        List<SignInMatches.VerifiedPerson> found = matches.stream().flatMap(m -> m.peopleWithVerifiedNhsNumber(nhs).stream()).toList();
        // exactly one record, and its date of birth is the provider's: anything else risks the wrong record
        if (found.size() != 1 || !born.equals(found.get(0).dateOfBirth())) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    private static String stringClaim(OidcUser user, String name) {
        Object v = user.getClaims().get(name);
        return v == null ? null : String.valueOf(v).strip();
    }

    @Override
    public boolean linkWaiting(HttpServletRequest request) {
        return pending(request).isPresent();
    }

    private Optional<PendingLink> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof PendingLink p)) {
            return Optional.empty();
        }
        if (p.createdAt().plus(PENDING_LIFETIME).isBefore(clock.now())) {
            session.removeAttribute(PENDING);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    @Override
    public boolean confirmLink(HttpServletRequest request, HttpServletResponse response) {
        Optional<PendingLink> waiting = pending(request);
        if (waiting.isEmpty()) {
            return false;
        }
        PendingLink p = waiting.get();
        request.getSession().removeAttribute(PENDING);
        Optional<AccountRow> account = tx.execute(s -> link(p));
        if (account.isEmpty()) {
            security.info("Person sign-in from {} confirmed but not linked: the record or its account can no longer be linked", p.issuer());
            return false;
        }
        signIn(request, response, account.get(), OidcSettings.PERSON, p.idToken(), "person sign-in, link confirmed");
        return true;
    }

    /** Links the person's account (made now if they have none) to the provider identity; empty when that is no longer safe. */
    private Optional<AccountRow> link(PendingLink p) {
        if (store.find(p.issuer(), p.subject()).isPresent()) {
            return Optional.empty();
        }
        if (p.invitation() != null && !invitations.stillUsable(p.invitation())) {
            return Optional.empty();
        }
        Optional<AccountRow> existing = accounts.findByPerson(p.personId());
        AccountRow account;
        if (existing.isPresent()) {
            account = existing.get();
            if (!account.enabled() || store.accountLinkedAt(account.id(), p.issuer())) {
                return Optional.empty();
            }
        } else {
            UUID id = UUID.randomUUID();
            accounts.insert(new AccountRow(id, newUsername(), "{bcrypt}unusable", true, p.organisationId(), p.personId(), null, null,
                    EnumSet.of(Role.PERSON)));
            account = accounts.findById(id).orElseThrow();
            if (p.invitation() != null) {
                invitations.usedThroughProvider(p.invitation(), id, account.username());
            } else {
                security.info("Person sign-in made account {} for a person whose verified NHS number matched", id);
            }
        }
        UUID linkId = store.insert(account.id(), OidcSettings.PERSON, p.issuer(), p.subject(), clock.now(), p.proofingLevel());
        // in the person's own record of who did what: their sign-in now opens their record
        audit.record(new tandem.audit.AuditEvent(account.username(), Role.PERSON.name(), tandem.shared.ids.OrganisationId.of(p.organisationId()),
                tandem.shared.ids.PersonId.of(p.personId()), tandem.audit.AuditAction.CREATE, "single sign-on link", linkId.toString(), false));
        security.info("Single sign-on linked account {} to the person's own sign-in at {} (identity proofing level {})", account.id(),
                p.issuer(), p.proofingLevel() == null ? "not given" : p.proofingLevel());
        return Optional.of(account);
    }

    private String newUsername() {
        String alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
        for (int tries = 0; tries < 10; tries++) {
            StringBuilder b = new StringBuilder("nhs-");
            for (int i = 0; i < 10; i++) {
                b.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
            }
            if (!accounts.usernameTaken(b.toString())) {
                return b.toString();
            }
        }
        throw new IllegalStateException("No free username");
    }

    /** Signs in exactly as a password does: Tandem's principal and roles, a fresh session id, the device row and device cookie. */
    private void signIn(HttpServletRequest request, HttpServletResponse response, AccountRow account, String registration, String idToken,
            String what) {
        TandemUserDetails details = new TandemUserDetails(users.currentUser(account), null, account.enabled(), false);
        request.getSession();
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                TandemUserDetails.fullAuthorities(details.user())));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        request.getSession().setAttribute(SESSION, new SsoSession(registration, idToken));
        devices.record(request.getSession().getId(), account.id(), clock.now(), request.getRemoteAddr(), request.getHeader("User-Agent"));
        trusted.issue(request, response, Usernames.key(account.username()));
        security.info("Single sign-on accepted for account {} from {} ({})", account.id(), request.getRemoteAddr(), what);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, Problem problem, String why, UUID account)
            throws IOException {
        security.info("Single sign-on refused for {} from {}: {}", account == null ? "an identity with no account" : "account " + account,
                request.getRemoteAddr(), why);
        problem(request, response, problem);
    }

    static void problem(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.sendRedirect(request.getContextPath() + "/login/sso/problem?reason=" + problem.name().toLowerCase());
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
