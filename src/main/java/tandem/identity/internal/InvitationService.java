package tandem.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.identity.AccountDisplayNames;
import tandem.identity.Accounts;
import tandem.identity.CurrentUser;
import tandem.identity.InvitationStatus;
import tandem.identity.Invitations;
import tandem.identity.NewAccount;
import tandem.identity.OpenInvitation;
import tandem.identity.Role;
import tandem.identity.SentInvitation;
import tandem.shared.FieldProblem;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.GoneException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/** {@link Invitations}: a link by e-mail after the commit, used once within 7 days, making a person account. */
@Service
class InvitationService implements Invitations {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");
    /** What the audit trail calls an invitation, and the account it makes. */
    static final String INVITATION = "invitation to Tandem";
    static final String ACCOUNT = "Tandem account";

    private final Accounts accounts;
    private final List<AccountDisplayNames> names;
    private final InvitationStore store;
    private final tandem.shared.mail.Mail mailer;
    private final AuditLog audit;
    private final TandemClock clock;

    InvitationService(Accounts accounts, List<AccountDisplayNames> names, InvitationStore store, tandem.shared.mail.Mail mailer, AuditLog audit,
            TandemClock clock) {
        this.accounts = accounts;
        this.names = names;
        this.store = store;
        this.mailer = mailer;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public SentInvitation invite(CurrentUser inviter, PersonId personId, OrganisationId organisationId, String email) {
        String address = email == null ? "" : email.strip();
        Validation v = new Validation().required("email", address, "the person's email address", 254).email("email", address);
        v.throwIfInvalid();
        if (!inviter.isStaff() || !inviter.hasCareRole()) {
            throw new ForbiddenException("Only a worker in the person's care team can invite them to Tandem.");
        }
        store.lockPerson(personId.value());
        if (accounts.byPerson(personId).isPresent()) {
            throw new ConflictException("email", "This person already has a Tandem account, so no invitation was sent");
        }
        var now = clock.now();
        UUID id = UUID.randomUUID();
        List<InvitationStore.Row> earlier = store.usableOf(personId.value(), now);
        String token = LinkTokens.newToken();
        var row = new InvitationStore.Row(id, personId.value(), organisationId.value(), address, inviter.accountId().value(),
                inviter.displayName(), now, now.plus(LIFETIME), null, null, null, null, null);
        store.insert(row, token);
        for (InvitationStore.Row old : earlier) {
            store.replaced(old.id(), id, now);
            record(inviter.username(), inviter.primaryRole().name(), organisationId, personId, AuditAction.UPDATE, INVITATION + " (replaced)",
                    old.id());
        }
        record(inviter.username(), inviter.primaryRole().name(), organisationId, personId, AuditAction.CREATE, INVITATION, id);
        mailer.sendAfterCommit(address, "You are invited to Tandem", """
                Hello,

                %s has invited you to make a Tandem account. With it you can see and add to your own recovery plan, \
                your goals and your check-ins, whenever you like.

                To make your account, open this link within 7 days and choose a username and a password:

                %s

                The link works once. Having an account is up to you: your support carries on the same either way. \
                If you were not expecting this e-mail, you can ignore it.
                """.formatted(inviter.displayName(), mailer.link("/invitations/" + token)), "invitation link");
        security.info("Invitation {} sent for person {} by account {}", id, personId, inviter.accountId());
        return new SentInvitation(id, row.expiresAt());
    }

    @Override
    @Transactional(readOnly = true)
    public List<InvitationStatus> forPerson(PersonId personId) {
        var now = clock.now();
        return store.ofPerson(personId.value()).stream()
                .map(r -> new InvitationStatus(r.id(), r.email(), r.sentAt(), r.invitedByName(), r.expiresAt(), r.openedAt(), r.usedAt(),
                        r.replacedBy() == null ? r.revokedAt() : null, r.revokedByName(), r.state(now)))
                .toList();
    }

    @Override
    @Transactional
    public boolean revoke(CurrentUser by, PersonId personId, UUID invitationId) {
        store.lockPerson(personId.value());
        InvitationStore.Row row = store.byId(invitationId).filter(r -> r.personId().equals(personId.value()))
                .orElseThrow(() -> new NotFoundException("Invitation"));
        var now = clock.now();
        if (!row.usable(now)) {
            return false;
        }
        store.revoked(row.id(), by.displayName(), now);
        record(by.username(), by.primaryRole().name(), OrganisationId.of(row.organisationId()), personId, AuditAction.DELETE, INVITATION,
                row.id());
        security.info("Invitation {} revoked by account {}", row.id(), by.accountId());
        return true;
    }

    @Override
    @Transactional
    public OpenInvitation open(String token) {
        InvitationStore.Row row = usable(token);
        if (row.openedAt() == null) {
            store.opened(row.id(), clock.now());
            record("invitation link", Role.PERSON.name(), OrganisationId.of(row.organisationId()), PersonId.of(row.personId()),
                    AuditAction.READ, INVITATION + " (opened)", row.id());
            security.info("Invitation {} opened", row.id());
        }
        String name = names.stream().map(n -> n.displayName(PersonId.of(row.personId()), null)).flatMap(Optional::stream)
                .findFirst().orElse(null);
        return new OpenInvitation(name, suggestion(row.email()), row.expiresAt());
    }

    @Override
    @Transactional
    public AccountId accept(String token, String username, String password, String confirm) {
        InvitationStore.Row row = usable(token);
        String name = Usernames.key(username);
        String typed = password == null ? "" : password;
        List<FieldProblem> problems = new ArrayList<>(accounts.checkNewAccount(name, typed, false));
        if (!typed.equals(confirm)) {
            problems.add(new FieldProblem("confirm", "Type the same password twice"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        PersonId personId = PersonId.of(row.personId());
        OrganisationId organisation = OrganisationId.of(row.organisationId());
        AccountId account = accounts.createAccount(new NewAccount(name, typed, Set.of(Role.PERSON), organisation, personId, null));
        store.used(row.id(), account.value(), clock.now());
        record(name, Role.PERSON.name(), organisation, personId, AuditAction.CREATE, ACCOUNT + " (through an invitation)", row.id());
        security.info("Invitation {} used: account {} made for person {}", row.id(), account, personId);
        return account;
    }

    /** An invitation held in a session while the person signs in with their own provider instead of a password. */
    record Held(UUID id, UUID personId, UUID organisationId) implements java.io.Serializable {
    }

    /** Checks a link for signing in with the person's own provider; {@link GoneException} as for {@link #open}. Call within a transaction. */
    Held hold(String token) {
        InvitationStore.Row row = usable(token);
        security.info("Invitation {} is being used with the person's own sign-in", row.id());
        return new Held(row.id(), row.personId(), row.organisationId());
    }

    /**
     * Takes a held invitation for an account about to be made through the person's own provider: true when it
     * still works (then it is locked until the caller's transaction ends), false when it has been used,
     * replaced, revoked or has expired meanwhile, or the person has an account already. Call within a transaction.
     */
    boolean stillUsable(Held held) {
        store.lockPerson(held.personId());
        return store.byId(held.id()).filter(r -> r.usable(clock.now()))
                .filter(r -> accounts.byPerson(PersonId.of(r.personId())).isEmpty()).isPresent();
    }

    /** Uses a held invitation up for the account just made through the person's own provider (after {@link #stillUsable}). */
    void usedThroughProvider(Held held, UUID accountId, String username) {
        store.used(held.id(), accountId, clock.now());
        record(username, Role.PERSON.name(), OrganisationId.of(held.organisationId()), PersonId.of(held.personId()), AuditAction.CREATE,
                ACCOUNT + " (invitation, own sign-in)", held.id());
        security.info("Invitation {} used: account {} made for person {} with the person's own sign-in", held.id(), accountId,
                held.personId());
    }

    /** The invitation of a link that still works, locked for this transaction; gone (all alike) otherwise. */
    private InvitationStore.Row usable(String token) {
        if (!LinkTokens.plausible(token)) {
            throw new GoneException("Invitation link");
        }
        InvitationStore.Row found = store.byToken(token).orElseThrow(() -> new GoneException("Invitation link"));
        store.lockPerson(found.personId());
        InvitationStore.Row row = store.byId(found.id()).filter(r -> r.usable(clock.now()))
                .filter(r -> accounts.byPerson(PersonId.of(r.personId())).isEmpty())
                .orElseThrow(() -> new GoneException("Invitation link"));
        return row;
    }

    private void record(String actor, String role, OrganisationId organisation, PersonId personId, AuditAction action, String what,
            UUID invitationId) {
        audit.record(new AuditEvent(actor, role, organisation, personId, action, what, invitationId.toString(), false));
    }

    /** A username to start from: the e-mail address before the @, in the characters a username may have. */
    static String suggestion(String email) {
        String local = email.substring(0, Math.max(0, email.indexOf('@'))).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "");
        local = local.replaceAll("^[._-]+", "");
        return local.length() > 64 ? local.substring(0, 64) : local;
    }
}
