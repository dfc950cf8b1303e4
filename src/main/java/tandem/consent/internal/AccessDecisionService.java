package tandem.consent.internal;

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
import tandem.consent.AccessDecisions;
import tandem.consent.AccessLevel;
import tandem.consent.BreakGlassGrant;
import tandem.consent.CareRelationships;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;

/** {@link AccessDecisions} on the consent module's tables and the facts the people module keeps. */
@Service
class AccessDecisionService implements AccessDecisions {

    private final CareRelationships care;
    private final ConsentStore store;
    private final AuditLog audit;
    private final TandemClock clock;

    AccessDecisionService(CareRelationships care, ConsentStore store, AuditLog audit, TandemClock clock) {
        this.care = care;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonAccess decide(CurrentUser user, PersonId personId) {
        return AccessRule.decide(user, personId, new AccessRule.Facts() {
            @Override
            public Optional<OrganisationId> organisation() {
                return care.organisationOf(personId);
            }

            @Override
            public boolean sharingWithdrawn() {
                return store.sharingWithdrawn(personId);
            }

            @Override
            public boolean onCaseloadOfStaff() {
                return care.onActiveCaseloadOfStaff(personId, user.staffId(), clock.today());
            }

            @Override
            public boolean breakGlassActive() {
                return store.activeBreakGlass(user.staffId(), personId, clock.now()).isPresent();
            }

            @Override
            public Set<String> sharedWithSupporter() {
                return care.sharedWithSupporter(personId, user.accountId());
            }
        });
    }

    @Override
    @Transactional
    public PersonAccess openRecord(CurrentUser user, PersonId personId, String objectType) {
        PersonAccess access = decide(user, personId);
        if (!access.level().readsRecord()) {
            throw new PersonNotFoundException();
        }
        recordRead(user, access, objectType);
        return access;
    }

    @Override
    @Transactional
    public PersonAccess openShared(CurrentUser user, PersonId personId, String share, String objectType) {
        PersonAccess access = decide(user, personId);
        boolean ok = access.level().readsRecord() || (access.level() == AccessLevel.SUPPORTER && access.shares().contains(share));
        if (!ok) {
            throw new PersonNotFoundException();
        }
        recordRead(user, access, objectType);
        return access;
    }

    @Override
    @Transactional
    public PersonAccess openDirectoryEntry(CurrentUser user, PersonId personId) {
        PersonAccess access = decide(user, personId);
        if (access.level() == AccessLevel.NONE || access.level() == AccessLevel.ACCESS_LOG) {
            throw new PersonNotFoundException();
        }
        recordRead(user, access, "directory entry");
        return access;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonAccess openAccessLog(CurrentUser user, PersonId personId) {
        PersonAccess access = decide(user, personId);
        boolean lead = user.has(Role.SERVICE_LEAD) && access.organisationId() != null && access.organisationId().equals(user.organisationId());
        if (access.level() != AccessLevel.SELF && !lead) {
            throw new PersonNotFoundException();
        }
        return access;
    }

    @Override
    @Transactional
    public void recordChange(CurrentUser user, PersonAccess access, AuditAction action, String objectType, String objectId) {
        audit.record(new AuditEvent(user.username(), access.actingRole(), access.organisationId(), access.personId(), action, objectType,
                objectId, access.breakGlass()));
    }

    @Override
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
        OrganisationId org = care.organisationOf(personId).filter(o -> o.equals(user.organisationId()))
                .orElseThrow(PersonNotFoundException::new);
        Instant now = clock.now();
        BreakGlassGrant grant = new BreakGlassGrant(UUID.randomUUID(), personId, user.username(), text, now, now.plus(BREAK_GLASS_DURATION));
        store.saveBreakGlass(grant, org, user.staffId());
        audit.record(new AuditEvent(user.username(), Role.PRACTITIONER.name(), org, personId, AuditAction.BREAK_GLASS, "record",
                grant.id().toString(), true));
        return grant;
    }

    @Override
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> breakGlassFor(PersonId personId) {
        return store.breakGlassFor(personId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<BreakGlassGrant> breakGlassInOrganisation(OrganisationId organisationId, Instant since) {
        return store.breakGlassInOrganisation(organisationId, since);
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonId> visibleOnCaseload(CurrentUser user, List<PersonId> caseloadPersonIds) {
        if (!user.isStaff() || !user.hasCareRole()) {
            return List.of();
        }
        Set<PersonId> withdrawn = store.withdrawnAmong(caseloadPersonIds);
        return caseloadPersonIds.stream().filter(id -> !withdrawn.contains(id)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean sharingWithdrawn(PersonId personId) {
        return store.sharingWithdrawn(personId);
    }

    @Override
    @Transactional
    public void setSharingWithdrawn(CurrentUser user, PersonId personId, boolean withdrawn) {
        PersonAccess access = selfOnly(user, personId);
        store.setSharingWithdrawn(personId, withdrawn, user.username(), clock.now());
        recordChange(user, access, AuditAction.UPDATE, "sharing choice", personId.toString());
    }

    @Override
    @Transactional(readOnly = true)
    public boolean researchConsented(PersonId personId) {
        return store.researchConsented(personId);
    }

    @Override
    @Transactional
    public void setResearchConsent(CurrentUser user, PersonId personId, boolean consented) {
        PersonAccess access = selfOnly(user, personId);
        store.setResearchConsent(personId, access.organisationId(), consented, user.username(), clock.now());
        recordChange(user, access, AuditAction.UPDATE, "research consent", personId.toString());
    }

    @Override
    @Transactional
    public void seedResearchConsent(PersonId personId, boolean consented) {
        OrganisationId org = care.organisationOf(personId).orElseThrow(PersonNotFoundException::new);
        store.setResearchConsent(personId, org, consented, "demo", clock.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<PersonId> researchConsentedIn(OrganisationId organisationId) {
        return store.researchConsentedIn(organisationId);
    }

    /** Only the person changes their own choices. */
    private PersonAccess selfOnly(CurrentUser user, PersonId personId) {
        if (!user.isPersonSelf(personId)) {
            throw new PersonNotFoundException();
        }
        return decide(user, personId);
    }

    private void recordRead(CurrentUser user, PersonAccess access, String objectType) {
        if (access.level() == AccessLevel.SELF) {
            return; // a person reading their own record is not someone else looking at it
        }
        audit.record(new AuditEvent(user.username(), access.actingRole(), access.organisationId(), access.personId(), AuditAction.READ,
                objectType, null, access.breakGlass()));
    }
}
