package tandem.consent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.consent.internal.ConsentStore;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TypedId;

/**
 * The one place that decides who may see a person, used by every module. Staff in a care role
 * see a person only through an active caseload membership of one of their teams, while the person
 * shares with their care team; supporters see only what is shared with them; a person sees
 * themselves. Every read of a record by someone else, and every change, is written to the audit
 * log; a refusal is a {@link PersonNotFoundException} (404), never a hint that the person exists.
 */
@Service
public class AccessDecisions {

    public static final Duration BREAK_GLASS_DURATION = Duration.ofHours(12);
    public static final int MIN_REASON = 10;
    public static final int MAX_REASON = 2000;

    private final CareRelationships care;
    private final ConsentStore store;
    private final AuditLog audit;
    private final TandemClock clock;

    AccessDecisions(CareRelationships care, ConsentStore store, AuditLog audit, TandemClock clock) {
        this.care = care;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Decides without recording anything. */
    @Transactional(readOnly = true)
    public PersonAccess decide(CurrentUser user, PersonId personId) {
        Optional<OrganisationId> org = care.organisationOf(personId);
        if (org.isEmpty()) {
            return none(personId);
        }
        OrganisationId organisationId = org.get();
        if (user.isPersonSelf(personId)) {
            return new PersonAccess(personId, organisationId, AccessLevel.SELF, Role.PERSON.name(), Set.of());
        }
        boolean sameOrg = organisationId.equals(user.organisationId());
        if (user.isStaff() && user.hasCareRole() && sameOrg) {
            String role = user.has(Role.PRACTITIONER) ? Role.PRACTITIONER.name() : Role.PEER_SUPPORT_WORKER.name();
            if (!store.sharingWithdrawn(TypedId.uuid(personId))
                    && care.onActiveCaseloadOfStaff(personId, user.staffId(), clock.today())) {
                return new PersonAccess(personId, organisationId, AccessLevel.CARE_TEAM, role, Set.of());
            }
            if (store.activeBreakGlass(TypedId.uuid(user.staffId()), TypedId.uuid(personId), clock.now()).isPresent()) {
                return new PersonAccess(personId, organisationId, AccessLevel.BREAK_GLASS, role, Set.of());
            }
        }
        if (user.has(Role.SUPPORTER)) {
            Set<String> shares = care.sharedWithSupporter(personId, user.accountId());
            if (!shares.isEmpty()) {
                return new PersonAccess(personId, organisationId, AccessLevel.SUPPORTER, Role.SUPPORTER.name(), shares);
            }
        }
        if (sameOrg && user.has(Role.ADMIN)) {
            return new PersonAccess(personId, organisationId, AccessLevel.DIRECTORY, Role.ADMIN.name(), Set.of());
        }
        if (sameOrg && user.has(Role.SERVICE_LEAD)) {
            return new PersonAccess(personId, organisationId, AccessLevel.ACCESS_LOG, Role.SERVICE_LEAD.name(), Set.of());
        }
        return none(personId);
    }

    /**
     * Opens a person's record (the person, their care team, or break-glass): audited as a read of
     * {@code objectType}. Anyone else gets {@link PersonNotFoundException}.
     */
    @Transactional
    public PersonAccess openRecord(CurrentUser user, PersonId personId, String objectType) {
        PersonAccess access = decide(user, personId);
        if (!access.level().readsRecord()) {
            throw new PersonNotFoundException();
        }
        recordRead(user, access, objectType);
        return access;
    }

    /** Opens something the person may share with supporters (e.g. "CRISIS_PLAN"), audited. */
    @Transactional
    public PersonAccess openShared(CurrentUser user, PersonId personId, String share, String objectType) {
        PersonAccess access = decide(user, personId);
        boolean ok = access.level().readsRecord()
                || (access.level() == AccessLevel.SUPPORTER && access.shares().contains(share));
        if (!ok) {
            throw new PersonNotFoundException();
        }
        recordRead(user, access, objectType);
        return access;
    }

    /** Opens a person's directory entry (names and teams): the record's readers, supporters and administrators. */
    @Transactional
    public PersonAccess openDirectoryEntry(CurrentUser user, PersonId personId) {
        PersonAccess access = decide(user, personId);
        if (access.level() == AccessLevel.NONE || access.level() == AccessLevel.ACCESS_LOG) {
            throw new PersonNotFoundException();
        }
        recordRead(user, access, "directory entry");
        return access;
    }

    /** The person's access log: the person themselves, or a service lead of their organisation. */
    @Transactional(readOnly = true)
    public PersonAccess openAccessLog(CurrentUser user, PersonId personId) {
        PersonAccess access = decide(user, personId);
        if (access.level() != AccessLevel.SELF && !(user.has(Role.SERVICE_LEAD)
                && access.organisationId() != null && access.organisationId().equals(user.organisationId()))) {
            throw new PersonNotFoundException();
        }
        return access;
    }

    /** Records a change to a person's data, in the caller's transaction. */
    @Transactional
    public void recordChange(CurrentUser user, PersonAccess access, AuditAction action, String objectType,
            String objectId) {
        audit.record(new AuditEvent(user.username(), access.actingRole(), access.organisationId(), access.personId(),
                action, objectType, objectId, access.breakGlass()));
    }

    /**
     * A practitioner opens the record of a person of their organisation in an emergency, with a
     * written reason, for {@link #BREAK_GLASS_DURATION}. Flagged in the access log.
     */
    @Transactional
    public BreakGlassGrant breakGlass(CurrentUser user, PersonId personId, String reason) {
        String text = reason == null ? "" : reason.trim();
        if (text.length() < MIN_REASON) {
            throw new InvalidInputException("reason", "Give a reason of at least " + MIN_REASON + " characters");
        }
        if (text.length() > MAX_REASON) {
            throw new InvalidInputException("reason", "Reason must be " + MAX_REASON + " characters or fewer");
        }
        if (!user.isStaff() || !user.has(Role.PRACTITIONER)) {
            throw new ForbiddenException("Only practitioners can use emergency access.");
        }
        Optional<OrganisationId> org = care.organisationOf(personId);
        if (org.isEmpty() || !org.get().equals(user.organisationId())) {
            throw new PersonNotFoundException();
        }
        Instant now = clock.now();
        BreakGlassGrant grant = new BreakGlassGrant(UUID.randomUUID(), personId, user.username(), text, now,
                now.plus(BREAK_GLASS_DURATION));
        store.saveBreakGlass(grant, TypedId.uuid(org.get()), TypedId.uuid(user.staffId()));
        audit.record(new AuditEvent(user.username(), Role.PRACTITIONER.name(), org.get(), personId,
                AuditAction.BREAK_GLASS, "record", grant.id().toString(), true));
        return grant;
    }

    /** Emergency openings of this person's record, newest first (shown to the person). */
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> breakGlassFor(PersonId personId) {
        return store.breakGlassFor(TypedId.uuid(personId));
    }

    /** Emergency openings in an organisation since a moment (shown to the service lead). */
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> breakGlassInOrganisation(OrganisationId organisationId, Instant since) {
        return store.breakGlassInOrganisation(TypedId.uuid(organisationId), since);
    }

    /**
     * Of the people on a care worker's caseloads, those the worker may see now (the ones who have
     * not withdrawn sharing), in the order given. Nothing is audited: this is a list of names.
     */
    @Transactional(readOnly = true)
    public List<PersonId> visibleOnCaseload(CurrentUser user, List<PersonId> caseloadPersonIds) {
        if (!user.isStaff() || !user.hasCareRole()) {
            return List.of();
        }
        var withdrawn = store.withdrawnAmong(caseloadPersonIds);
        return caseloadPersonIds.stream().filter(id -> !withdrawn.contains(id)).toList();
    }

    /** Whether the person has withdrawn sharing with their care team. */
    @Transactional(readOnly = true)
    public boolean sharingWithdrawn(PersonId personId) {
        return store.sharingWithdrawn(TypedId.uuid(personId));
    }

    /** Only the person changes their own sharing choice; audited. */
    @Transactional
    public void setSharingWithdrawn(CurrentUser user, PersonId personId, boolean withdrawn) {
        if (!user.isPersonSelf(personId)) {
            throw new PersonNotFoundException();
        }
        PersonAccess access = decide(user, personId);
        store.setSharingWithdrawn(TypedId.uuid(personId), withdrawn, user.username(), clock.now());
        recordChange(user, access, AuditAction.UPDATE, "sharing choice", personId.toString());
    }

    /** Whether the person said yes to their pseudonymised answers being used for research (default no). */
    @Transactional(readOnly = true)
    public boolean researchConsented(PersonId personId) {
        return store.researchConsented(TypedId.uuid(personId));
    }

    /** Only the person gives or withdraws research consent; audited. */
    @Transactional
    public void setResearchConsent(CurrentUser user, PersonId personId, boolean consented) {
        if (!user.isPersonSelf(personId)) {
            throw new PersonNotFoundException();
        }
        PersonAccess access = decide(user, personId);
        store.setResearchConsent(TypedId.uuid(personId), consented, user.username(), clock.now());
        recordChange(user, access, AuditAction.UPDATE, "research consent", personId.toString());
    }

    /** Seeds a research choice without a signed-in person (demo data only). */
    @Transactional
    public void seedResearchConsent(PersonId personId, boolean consented) {
        store.setResearchConsent(TypedId.uuid(personId), consented, "demo", clock.now());
    }

    /** The people of an organisation who consented to research use, for a pseudonymised extract. */
    @Transactional(readOnly = true)
    public List<PersonId> researchConsentedIn(OrganisationId organisationId) {
        return store.researchConsentedIn(TypedId.uuid(organisationId));
    }

    private void recordRead(CurrentUser user, PersonAccess access, String objectType) {
        if (access.level() == AccessLevel.SELF) {
            return; // a person reading their own record is not someone else looking at it
        }
        audit.record(new AuditEvent(user.username(), access.actingRole(), access.organisationId(), access.personId(),
                AuditAction.READ, objectType, null, access.breakGlass()));
    }

    private static PersonAccess none(PersonId personId) {
        return new PersonAccess(personId, null, AccessLevel.NONE, null, Set.of());
    }
}
