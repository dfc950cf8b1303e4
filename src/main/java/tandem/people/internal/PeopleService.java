package tandem.people.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.consent.AccessDecisions;
import tandem.consent.PersonAccess;
import tandem.consent.PersonNotFoundException;
import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.identity.NewAccount;
import tandem.identity.Role;
import tandem.people.NhsNumberStatus;
import tandem.people.PeopleAdministration;
import tandem.people.PersonForm;
import tandem.people.PersonView;
import tandem.people.Share;
import tandem.people.StaffForm;
import tandem.people.StaffView;
import tandem.people.TeamView;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.TeamId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;

/**
 * Administrator operations on people, staff, caseloads, supporters and the organisation's
 * structure. Each validates everything first, then writes in one transaction, audited.
 */
@Service
class PeopleService implements PeopleAdministration {

    private final PersonRepository persons;
    private final StructureStore structure;
    private final StaffStore staffStore;
    private final PersonStore personStore;
    private final CaseloadStore caseloads;
    private final SupporterStore supporters;
    private final Accounts accounts;
    private final AccessDecisions access;
    private final TandemClock clock;
    private final NhsNumbersService nhsNumbers;

    PeopleService(PersonRepository persons, StructureStore structure, StaffStore staffStore, PersonStore personStore, CaseloadStore caseloads, SupporterStore supporters, Accounts accounts, AccessDecisions access,
            TandemClock clock, NhsNumbersService nhsNumbers) {
        this.nhsNumbers = nhsNumbers;
        this.persons = persons;
        this.structure = structure;
        this.staffStore = staffStore;
        this.personStore = personStore;
        this.caseloads = caseloads;
        this.supporters = supporters;
        this.accounts = accounts;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    @Override
    public PersonId createPerson(CurrentUser admin, PersonForm form) {
        Validation v = new Validation();
        PersonRules.Clean c = PersonRules.check(v, form, clock.today());
        nhsNumbers.checkFree(v, admin.organisationId().value(), c.nhsNumber(), null);
        UUID teamId = teamOf(v, "teamId", form.teamId(), admin.organisationId().value(), false);
        String username = Validation.trimToNull(form.username());
        if (username != null) {
            v.check(form.password() != null && !form.password().isEmpty(), "password",
                    "Enter a password for the new account, or leave the username empty");
            accounts.checkNewAccount(username, Validation.trimToNull(form.password()), false)
                    .forEach(p -> v.add(p.field(), p.message()));
        }
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        NhsNumberStatus status = PersonRules.statusOf(c.nhsNumber(), form.nhsNumberChecked(), null, null);
        nhsNumbers.saving(() -> persons.save(new PersonRow(id, admin.organisationId().value(), c.givenName(), c.familyName(), c.preferredName(),
                c.pronouns(), c.dateOfBirth(), c.email(), c.phone(), form.contactByEmail(), form.contactByPhone(),
                form.contactByPost(), clock.now(), null, c.nhsNumber() == null ? null : c.nhsNumber().digits(), status)));
        if (teamId != null) {
            caseloads.insertCaseload(id, teamId, clock.today());
        }
        if (username != null) {
            accounts.createAccount(new NewAccount(username, form.password(), Set.of(Role.PERSON),
                    admin.organisationId(), PersonId.of(id), null));
        }
        audit(admin, id, AuditAction.CREATE, "person", id);
        return PersonId.of(id);
    }

    @Transactional
    @Override
    public void updatePerson(CurrentUser admin, PersonId person, long version, PersonForm form) {
        UUID personId = person.value();
        PersonRow row = ownPerson(admin, personId);
        Validation v = new Validation();
        PersonRules.Clean c = PersonRules.check(v, form, clock.today());
        nhsNumbers.checkFree(v, row.organisationId(), c.nhsNumber(), row.id());
        v.throwIfInvalid();
        NhsNumberStatus status = PersonRules.statusOf(c.nhsNumber(), form.nhsNumberChecked(), row.nhsNumber(), row.nhsNumberStatus());
        try {
            nhsNumbers.saving(() -> persons.save(new PersonRow(row.id(), row.organisationId(), c.givenName(), c.familyName(), c.preferredName(),
                    c.pronouns(), c.dateOfBirth(), c.email(), c.phone(), form.contactByEmail(), form.contactByPhone(),
                    form.contactByPost(), row.createdAt(), version, c.nhsNumber() == null ? null : c.nhsNumber().digits(), status)));
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("givenName",
                    "Someone else changed this person's details since you opened the page. Reload the page to see their changes");
        }
        audit(admin, personId, AuditAction.UPDATE, "person", personId);
    }

    @Transactional
    @Override
    public UUID addCaseload(CurrentUser admin, PersonId person, String teamId, String from) {
        UUID personId = person.value();
        ownPerson(admin, personId);
        Validation v = new Validation();
        UUID team = teamOf(v, "teamId", teamId, admin.organisationId().value(), true);
        LocalDate fromDate = v.date("from", from, "the date they join the caseload", true);
        if (team != null && caseloads.caseloadEntries(personId).stream()
                .anyMatch(e -> e.teamId().value().equals(team) && e.to() == null)) {
            v.add("teamId", "This person is already on that team's caseload");
        }
        v.throwIfInvalid();
        UUID id = caseloads.insertCaseload(personId, team, fromDate);
        audit(admin, personId, AuditAction.CREATE, "caseload membership", id);
        return id;
    }

    @Transactional
    @Override
    public void endCaseload(CurrentUser admin, PersonId person, UUID caseloadId, String to) {
        UUID personId = person.value();
        ownPerson(admin, personId);
        var entry = caseloads.caseloadEntries(personId).stream().filter(e -> e.id().equals(caseloadId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Caseload membership"));
        Validation v = new Validation();
        LocalDate toDate = v.date("to", to, "the date they leave the caseload", true);
        if (toDate != null && toDate.isBefore(entry.from())) {
            v.add("to", "The end date must be on or after " + entry.from());
        }
        v.throwIfInvalid();
        caseloads.endCaseload(caseloadId, toDate);
        audit(admin, personId, AuditAction.UPDATE, "caseload membership", caseloadId);
    }

    @Transactional
    @Override
    public UUID addSupporter(CurrentUser admin, PersonId person, String username, String password, String relationship,
            List<String> shares) {
        UUID personId = person.value();
        ownPerson(admin, personId);
        Validation v = new Validation();
        v.required("relationship", relationship, "how they know the person, like 'sister' or 'friend'", 100);
        Set<Share> chosen = EnumSet.noneOf(Share.class);
        for (String s : shares == null ? List.<String>of() : shares) {
            try {
                Share share = Share.valueOf(s);
                if (share == Share.CRISIS_PLAN) {
                    // Only the person can share their wellness and crisis plan, from their own plan pages.
                    v.add("shares", "Only the person can share their wellness and crisis plan");
                } else {
                    chosen.add(share);
                }
            } catch (IllegalArgumentException e) {
                v.add("shares", "Choose what to share from the list");
            }
        }
        v.check(!chosen.isEmpty(), "shares", "Choose at least one thing to share");
        String name = Validation.trimToNull(username);
        AccountId accountId = null;
        var existing = name == null ? Optional.<tandem.identity.AccountSummary>empty() : accounts.byUsername(name);
        if (existing.isPresent()) {
            if (!existing.get().roles().contains(Role.SUPPORTER)) {
                v.add("username", "That username belongs to an account that is not a supporter's");
            } else {
                accountId = existing.get().id();
                AccountId acc = accountId;
                if (supporters.supporterLinks(personId).stream().anyMatch(l -> l.supporterAccountId().equals(acc) && l.active())) {
                    v.add("username", "This supporter is already linked to the person");
                }
            }
        } else {
            accounts.checkNewAccount(name, password == null ? "" : password, false).forEach(p -> v.add(p.field(), p.message()));
        }
        v.throwIfInvalid();
        if (accountId == null) {
            accountId = accounts.createAccount(new NewAccount(name, password, Set.of(Role.SUPPORTER),
                    admin.organisationId(), null, null));
        }
        UUID link = supporters.insertSupporterLink(personId, accountId.value(), relationship.trim(), chosen);
        audit(admin, personId, AuditAction.CREATE, "supporter link", link);
        return link;
    }

    /** The person (or an administrator) stops sharing with a supporter. */
    @Transactional
    void setSupporterShare(CurrentUser user, UUID linkId, Share share, boolean on) {
        UUID personId = TypedId.uuid(user.personId());
        var link = personId == null ? null : supporters.supporterLinks(personId).stream()
                .filter(l -> l.id().equals(linkId) && l.active()).findFirst().orElse(null);
        if (link == null) {
            throw new NotFoundException("Supporter link");
        }
        Set<Share> shares = link.shares().isEmpty() ? EnumSet.noneOf(Share.class) : EnumSet.copyOf(link.shares());
        if (on) {
            shares.add(share);
        } else {
            shares.remove(share);
        }
        supporters.setShares(personId, linkId, shares);
        audit(user, personId, AuditAction.UPDATE, "supporter sharing", linkId);
    }

    @Transactional
    @Override
    public void endSupporterLink(CurrentUser user, PersonId person, UUID linkId) {
        UUID personId = person.value();
        if (!user.isPersonSelf(PersonId.of(personId))) {
            ownPerson(user, personId);
        }
        if (!supporters.endSupporterLink(personId, linkId)) {
            throw new NotFoundException("Supporter link");
        }
        audit(user, personId, AuditAction.UPDATE, "supporter link", linkId);
    }

    @Transactional
    @Override
    public StaffId createStaff(CurrentUser admin, StaffForm form) {
        Validation v = new Validation();
        StaffRules.checkStaff(v, form);
        Set<Role> roles = StaffRules.roles(v, form.roles());
        List<UUID> teams = teams(v, form.teamIds(), admin.organisationId().value());
        String username = Validation.trimToNull(form.username());
        accounts.checkNewAccount(username, form.password() == null || form.password().isEmpty() ? null : form.password(), true)
                .forEach(p -> v.add(p.field(), p.message()));
        v.throwIfInvalid();
        UUID id = UUID.randomUUID();
        staffStore.insertStaff(id, admin.organisationId().value(), form.givenName().trim(), form.familyName().trim(),
                Validation.trimToNull(form.email()), Validation.trimToNull(form.jobTitle()));
        staffStore.replaceTeams(id, teams);
        accounts.createAccount(new NewAccount(username, form.password() == null || form.password().isEmpty() ? null
                : form.password(), roles, admin.organisationId(), null, StaffId.of(id)));
        return StaffId.of(id);
    }

    @Transactional
    @Override
    public void updateStaff(CurrentUser admin, StaffId staff, long version, StaffForm form) {
        UUID staffId = staff.value();
        StaffView current = staffStore.staff(staffId).filter(s -> s.organisationId().equals(admin.organisationId()))
                .orElseThrow(() -> new NotFoundException("Staff member"));
        Validation v = new Validation();
        StaffRules.checkStaff(v, form);
        Set<Role> roles = StaffRules.roles(v, form.roles());
        List<UUID> teams = teams(v, form.teamIds(), admin.organisationId().value());
        if (staffId.equals(TypedId.uuid(admin.staffId())) && !roles.contains(Role.ADMIN)) {
            v.add("roles", "You cannot remove your own administrator role");
        }
        String password = form.password() == null || form.password().isEmpty() ? null : form.password();
        var account = accounts.byStaff(StaffId.of(staffId));
        if (password != null) {
            tandem.identity.PasswordPolicy.check("password", password, true,
                    account.map(tandem.identity.AccountSummary::username).orElse(null)).forEach(p -> v.add(p.field(), p.message()));
        }
        v.throwIfInvalid();
        try {
            staffStore.updateStaff(current.id().value(), version, form.givenName().trim(), form.familyName().trim(),
                    Validation.trimToNull(form.email()), Validation.trimToNull(form.jobTitle()));
        } catch (OptimisticLockingFailureException e) {
            throw new ConflictException("givenName",
                    "Someone else changed this staff member since you opened the page. Reload the page to see their changes");
        }
        staffStore.replaceTeams(staffId, teams);
        account.ifPresent(a -> {
            accounts.setRoles(a.id(), roles);
            if (password != null) {
                accounts.setPassword(a.id(), password, true, a.username());
            }
        });
    }

    @Transactional
    @Override
    public SiteId addSite(CurrentUser admin, String name) {
        Validation v = new Validation();
        v.required("siteName", name, "a site name", 200);
        if (v.ok() && structure.siteNameTaken(admin.organisationId().value(), name.trim())) {
            throw new ConflictException("siteName", "There is already a site with that name");
        }
        v.throwIfInvalid();
        return SiteId.of(structure.insertSite(admin.organisationId().value(), name.trim()));
    }

    @Transactional
    @Override
    public TeamId addTeam(CurrentUser admin, String siteId, String name) {
        Validation v = new Validation();
        v.required("teamName", name, "a team name", 200);
        UUID site = StaffRules.parse(siteId);
        if (site == null || structure.sites(admin.organisationId().value()).stream().noneMatch(s -> s.id().value().equals(site))) {
            v.add("siteId", "Choose the site the team works from");
        }
        if (v.ok() && structure.teamNameTaken(admin.organisationId().value(), name.trim())) {
            throw new ConflictException("teamName", "There is already a team with that name");
        }
        v.throwIfInvalid();
        return TeamId.of(structure.insertTeam(admin.organisationId().value(), site, name.trim()));
    }

    private List<UUID> teams(Validation v, List<String> ids, UUID organisationId) {
        Set<UUID> known = new LinkedHashSet<>();
        structure.teams(organisationId).forEach(t -> known.add(t.id().value()));
        List<UUID> out = new ArrayList<>();
        for (String s : ids) {
            UUID id = StaffRules.parse(s);
            if (id == null || !known.contains(id)) {
                v.add("teamIds", "Choose teams from the list");
                return List.of();
            }
            out.add(id);
        }
        return out;
    }

    private UUID teamOf(Validation v, String field, String teamId, UUID organisationId, boolean required) {
        if (teamId == null || teamId.isBlank()) {
            if (required) {
                v.add(field, "Choose a team");
            }
            return null;
        }
        UUID id = StaffRules.parse(teamId);
        Optional<TeamView> team = id == null ? Optional.empty() : structure.team(id);
        if (team.isEmpty() || !team.get().organisationId().value().equals(organisationId)) {
            v.add(field, "Choose a team from the list");
            return null;
        }
        return id;
    }

    private PersonRow ownPerson(CurrentUser admin, UUID personId) {
        return persons.findById(personId).filter(p -> p.organisationId().equals(admin.organisationId().value())
                && admin.has(Role.ADMIN)).orElseThrow(PersonNotFoundException::new);
    }

    private void audit(CurrentUser user, UUID personId, AuditAction action, String type, UUID objectId) {
        PersonAccess decided = access.decide(user, PersonId.of(personId));
        access.recordChange(user, decided, action, type, objectId.toString());
    }

    /** The person's supporter links, with each supporter's username. */
    List<tandem.people.SupporterLinkView> supporterLinksWithNames(UUID personId) {
        return supporters.supporterLinks(personId).stream().map(l -> new tandem.people.SupporterLinkView(l.id(), l.personId(),
                l.supporterAccountId(), accounts.byId(l.supporterAccountId()).map(tandem.identity.AccountSummary::username)
                        .orElse("(removed account)"), l.relationship(), l.shares(), l.createdAt(), l.endedAt())).toList();
    }

    @Override
    public tandem.shared.PageOf<StaffView> staffInOrganisation(OrganisationId organisationId, String query, int page, int size) {
        return staffStore.staffInOrganisation(organisationId.value(), query, page, size);
    }

    Optional<PersonView> person(UUID id) {
        return personStore.personView(id);
    }
}
