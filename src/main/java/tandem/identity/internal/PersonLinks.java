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
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import tandem.identity.Role;
import tandem.identity.SignInMatches;
import tandem.identity.SingleSignOn.Problem;
import tandem.shared.TandemClock;

/**
 * People signing in with their own provider (NHS login style): a linked account signs in; otherwise an
 * invitation held in the session, or an NHS number held as verified with the same date of birth, says which
 * record, and the link is made only once the person confirms it on a page that says what linking means.
 * Anything else never links: a wrong-record link is a clinical hazard (decision 0019).
 */
@Component
class PersonLinks {

    static final String PENDING = "tandem.sso.pending";
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

    private final SsoStore store;
    private final AccountRepository accounts;
    private final List<SignInMatches> matches;
    private final TandemClock clock;
    private final TransactionTemplate tx;
    private final tandem.audit.AuditLog audit;
    private final InvitationService invitations;
    private final SsoSignIns signIns;

    PersonLinks(SsoStore store, AccountRepository accounts, List<SignInMatches> matches, TandemClock clock,
            org.springframework.transaction.PlatformTransactionManager transactions, tandem.audit.AuditLog audit,
            InvitationService invitations, SsoSignIns signIns) {
        this.store = store;
        this.accounts = accounts;
        this.matches = matches;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.audit = audit;
        this.invitations = invitations;
        this.signIns = signIns;
    }

    /** A person signed in with their own provider: their linked account, an invitation held in the session, or a verified NHS number. */
    void person(HttpServletRequest request, HttpServletResponse response, String issuer, String subject, OidcUser user)
            throws IOException {
        String level = stringClaim(user, "identity_proofing_level");
        Optional<SsoStore.Link> link = store.find(issuer, subject);
        if (link.isPresent()) {
            Optional<AccountRow> account = accounts.findById(link.get().accountId()).filter(a -> a.personId() != null);
            if (account.isEmpty() || !account.get().enabled()) {
                signIns.refuse(request, response, Problem.PERSON_NOT_LINKED, "person sign-in for a linked account that is disabled",
                        link.get().accountId());
                return;
            }
            store.used(link.get().id(), clock.now(), level);
            signIns.signIn(request, response, account.get(), OidcSettings.PERSON, user.getIdToken().getTokenValue(), "person sign-in");
            SsoSignIns.home(request, response);
            return;
        }
        Optional<InvitationService.Held> invited = heldInvitation(request);
        if (invited.isPresent()) {
            throughInvitation(request, response, issuer, subject, user, level, invited.get());
            return;
        }
        Optional<SignInMatches.VerifiedPerson> match = matchPerson(user);
        if (match.isEmpty()) {
            signIns.refuse(request, response, Problem.PERSON_NOT_LINKED,
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
                signIns.refuse(request, response, Problem.PERSON_NOT_LINKED,
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

    /** Keeps an invitation's link in the session while the person signs in with their provider; where to go next. */
    String holdInvitation(HttpServletRequest request, String token) {
        InvitationService.Held held = tx.execute(s -> invitations.hold(token));
        request.getSession().setAttribute(INVITATION, new HeldInvitation(held, clock.now()));
        return "/oauth2/authorization/" + OidcSettings.PERSON;
    }

    boolean linkWaitingThroughInvitation(HttpServletRequest request) {
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

    boolean linkWaiting(HttpServletRequest request) {
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

    /** The person confirms the link waiting in this session; on success they are signed in. */
    boolean confirmLink(HttpServletRequest request, HttpServletResponse response) {
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
        signIns.signIn(request, response, account.get(), OidcSettings.PERSON, p.idToken(), "person sign-in, link confirmed");
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
}
