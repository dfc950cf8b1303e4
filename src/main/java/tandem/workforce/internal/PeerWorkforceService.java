package tandem.workforce.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditLog;
import tandem.identity.AccountSummary;
import tandem.identity.CurrentUser;
import tandem.identity.Accounts;
import tandem.identity.Role;
import tandem.people.PeopleApi;
import tandem.people.StaffView;
import tandem.people.TeamView;
import tandem.shared.TandemClock;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TypedId;
import tandem.workforce.LivedExperience;
import tandem.workforce.PeerRole;
import tandem.workforce.PeerWorkforce;
import tandem.workforce.internal.PeerStore.SupervisionRow;
import tandem.workforce.internal.PeerStore.TrainingRow;

/** The peer workforce: roles, supervision, training and the service lead's dashboard. */
@Service
class PeerWorkforceService implements PeerWorkforce {

    private final PeerStore store;
    private final PeopleApi people;
    private final Accounts accounts;
    private final LivedExperience lived;
    private final AuditLog audit;
    private final TandemClock clock;

    PeerWorkforceService(PeerStore store, PeopleApi people, Accounts accounts, LivedExperience lived, AuditLog audit,
            TandemClock clock) {
        this.store = store;
        this.people = people;
        this.accounts = accounts;
        this.lived = lived;
        this.audit = audit;
        this.clock = clock;
    }

    /** A staff member's record: for the service lead, or for the staff member themselves. */
    @Transactional(readOnly = true)
    @Override
    public StaffRecord record(CurrentUser user, StaffId staffId) {
        StaffView staff = people.staff(staffId).filter(s -> s.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException("Staff member"));
        boolean full = user.has(Role.SERVICE_LEAD) || staffId.equals(user.staffId());
        List<SupervisionRow> all = store.supervision(staffId);
        boolean supervisor = user.staffId() != null && all.stream().anyMatch(s -> s.supervisorId().equals(user.staffId()));
        if (!full && !supervisor) {
            throw new NotFoundException("Staff member");
        }
        // A supervisor sees the records they wrote, not other supervisors' notes.
        List<SupervisionRow> visible = full ? all : all.stream().filter(s -> s.supervisorId().equals(user.staffId())).toList();
        Map<StaffId, String> names = new java.util.HashMap<>();
        List<SupervisionView> sup = visible.stream().map(s -> new SupervisionView(s.heldOn(),
                names.computeIfAbsent(s.supervisorId(), id -> people.staff(id).map(StaffView::displayName).orElse("")),
                s.notes(), s.nextOn())).toList();
        return new StaffRecord(staff, store.roles(List.of(staffId)).getOrDefault(staffId, List.of()), sup,
                training(List.of(staffId)), people.caseloadOfStaff(staffId, clock.today(), null).size());
    }

    /** Peer supervisors the lead may choose: staff of the organisation who hold a peer role. */
    @Transactional(readOnly = true)
    @Override
    public List<StaffView> supervisors(CurrentUser user) {
        List<StaffView> staff = people.staffOf(user.organisationId());
        Map<StaffId, List<PeerRole>> roles = store.roles(staff.stream().map(StaffView::id).toList());
        return staff.stream().filter(s -> roles.containsKey(s.id())).toList();
    }

    @Transactional
    @Override
    public void setRoles(CurrentUser lead, StaffId staffId, List<String> roles) {
        requireLead(lead);
        inOrganisation(lead, staffId);
        List<PeerRole> chosen = new ArrayList<>();
        for (String r : roles == null ? List.<String>of() : roles) {
            PeerRole role = Arrays.stream(PeerRole.values()).filter(x -> x.name().equals(r)).findFirst().orElse(null);
            if (role == null) {
                new Validation().add("roles", "Choose peer roles from the list").throwIfInvalid();
            }
            chosen.add(role);
        }
        store.replaceRoles(staffId, chosen, clock.today());
        audited(lead, AuditAction.UPDATE, "peer roles", staffId);
    }

    @Transactional(readOnly = true)
    @Override
    public void checkSupervisionWriter(CurrentUser user, StaffId staffId, String supervisorId) {
        supervisionWriter(user, staffId, supervisorId);
    }

    /** A supervision record, written by the service lead or by the supervisor, who must hold a peer role. */
    @Transactional
    @Override
    public void addSupervision(CurrentUser user, StaffId staffId, String supervisorId, String heldOn, String notes, String nextOn) {
        StaffId supervisor = supervisionWriter(user, staffId, supervisorId);
        Validation v = new Validation();
        if (supervisor == null) {
            v.add("supervisorId", "Choose the supervisor");
        }
        Map<StaffId, List<PeerRole>> roles = store.roles(supervisor == null ? List.of(staffId) : List.of(staffId, supervisor));
        if (!roles.containsKey(staffId)) {
            v.add("supervisorId", "Peer supervision is for staff in a peer role: give them a peer role first");
        }
        if (supervisor != null && (!roles.containsKey(supervisor) || supervisor.equals(staffId))) {
            v.add("supervisorId", "Choose a supervisor who holds a peer role themselves, and who is not the same person");
        }
        LocalDate held = v.date("heldOn", heldOn, "the date of supervision", true);
        if (held != null && held.isAfter(clock.today())) {
            v.add("heldOn", "The date of supervision must be today or in the past");
        }
        v.required("notes", notes == null ? null : notes.strip(), "what you talked about", 4000);
        LocalDate next = v.date("nextOn", nextOn, "the next supervision date", false);
        if (next != null && held != null && !next.isAfter(held)) {
            v.add("nextOn", "The next supervision must be after this one");
        }
        v.throwIfInvalid();
        store.insertSupervision(new SupervisionRow(UUID.randomUUID(), staffId, supervisor, held, notes.strip(), next),
                user.username(), clock.now());
        audited(user, AuditAction.CREATE, "peer supervision record", staffId);
    }

    @Transactional(readOnly = true)
    @Override
    public void checkTrainingWriter(CurrentUser user, StaffId staffId) {
        requireLead(user);
        inOrganisation(user, staffId);
    }

    @Transactional
    @Override
    public void addTraining(CurrentUser lead, StaffId staffId, String course, boolean coProduced, String completedOn,
            String expiresOn) {
        checkTrainingWriter(lead, staffId);
        Validation v = new Validation();
        v.required("course", course == null ? null : course.strip(), "the course", 200);
        LocalDate done = v.date("completedOn", completedOn, "the date it was completed", true);
        if (done != null && done.isAfter(clock.today())) {
            v.add("completedOn", "The completion date must be today or in the past");
        }
        LocalDate expires = v.date("expiresOn", expiresOn, "the expiry date", false);
        if (expires != null && done != null && !expires.isAfter(done)) {
            v.add("expiresOn", "The expiry date must be after the completion date");
        }
        v.throwIfInvalid();
        store.insertTraining(new TrainingRow(UUID.randomUUID(), staffId, course.strip(), coProduced, done, expires), lead.username(),
                clock.now());
        audited(lead, AuditAction.CREATE, "training record", staffId);
    }

    /** The staff member's own training that expires soon, for their home page. */
    @Transactional(readOnly = true)
    @Override
    public List<Training> expiringFor(CurrentUser user) {
        if (user.staffId() == null) {
            return List.of();
        }
        LocalDate soon = clock.today().plusDays(TRAINING_WARNING_DAYS);
        return training(List.of(user.staffId())).stream()
                .filter(t -> t.expiresOn() != null && !t.expiresOn().isAfter(soon)).toList();
    }

    /** Peer workers in an organisation, and the sites they work at. */
    @Transactional(readOnly = true)
    @Override
    public PeerWorkers peerWorkers(OrganisationId organisationId) {
        List<StaffView> staff = people.staffOf(organisationId);
        Map<StaffId, List<PeerRole>> roles = store.roles(staff.stream().map(StaffView::id).toList());
        Set<UUID> sites = new LinkedHashSet<>();
        int peers = 0;
        for (StaffView s : staff) {
            if (roles.containsKey(s.id())) {
                peers++;
                s.teams().forEach(t -> sites.add(TypedId.uuid(t.siteId())));
            }
        }
        return new PeerWorkers(peers, sites.size());
    }

    @Transactional(readOnly = true)
    @Override
    public Dashboard dashboard(CurrentUser lead) {
        requireLead(lead);
        List<StaffView> staff = people.staffOf(lead.organisationId());
        List<StaffId> ids = staff.stream().map(StaffView::id).toList();
        Map<StaffId, AccountSummary> staffAccounts = accounts.byStaffIds(ids);
        Map<String, Integer> byRole = new LinkedHashMap<>();
        for (Role r : Role.STAFF_ROLES) {
            int n = (int) staffAccounts.values().stream().filter(a -> a.roles().contains(r)).count();
            if (n > 0) {
                byRole.put(r.label(), n);
            }
        }
        Map<String, Integer> byTeam = new TreeMap<>();
        for (StaffView s : staff) {
            for (TeamView t : s.teams()) {
                byTeam.merge(t.name(), 1, Integer::sum);
            }
        }
        Map<StaffId, List<PeerRole>> roles = store.roles(ids);
        Map<PeerRole, Integer> peerRoles = new EnumMap<>(PeerRole.class);
        roles.values().forEach(l -> l.forEach(r -> peerRoles.merge(r, 1, Integer::sum)));
        peerRoles.forEach((r, n) -> byRole.put(r.label() + " (peer role)", n));
        PeerWorkers peers = peerWorkers(lead.organisationId());
        LocalDate today = clock.today();
        List<Due> supervisionDue = new ArrayList<>();
        for (StaffView s : staff) {
            if (!roles.containsKey(s.id())) {
                continue;
            }
            List<SupervisionRow> sup = store.supervision(s.id());
            if (sup.isEmpty()) {
                supervisionDue.add(new Due(s.id(), s.displayName(), "No peer supervision recorded", null));
            } else {
                SupervisionRow last = sup.get(0);
                LocalDate due = last.nextOn() != null ? last.nextOn() : last.heldOn().plusDays(SUPERVISION_DAYS);
                if (!due.isAfter(today)) {
                    supervisionDue.add(new Due(s.id(), s.displayName(), "Supervision due", due));
                }
            }
        }
        List<Training> training = training(ids);
        Map<StaffId, String> names = new java.util.HashMap<>();
        staff.forEach(s -> names.put(s.id(), s.displayName()));
        List<Due> trainingDue = training.stream()
                .filter(t -> t.expiresOn() != null && !t.expiresOn().isAfter(today.plusDays(TRAINING_WARNING_DAYS)))
                .map(t -> new Due(t.staffId(), names.get(t.staffId()), t.course() + (t.expiresOn().isBefore(today) ? " expired"
                        : " expires"), t.expiresOn())).toList();
        int coProduced = (int) training.stream().filter(Training::coProduced).map(Training::staffId).distinct().count();
        return new Dashboard(staff.size(), byRole, byTeam, peers.workers(), peers.sites(), lived.organisation(lead.organisationId()),
                lived.trend(lead), lived.target(), supervisionDue, trainingDue, coProduced,
                staff.stream().map(s -> new StaffLine(s.id(), s.displayName(), s.jobTitle(), String.join(", ",
                        roles.getOrDefault(s.id(), List.of()).stream().map(PeerRole::label).toList()))).toList());
    }

    /**
     * Who may write a supervision record, decided before anything typed but the supervisor is looked at: the
     * supervisor as typed, or null when it is not an id (the caller then says so against the field).
     */
    private StaffId supervisionWriter(CurrentUser user, StaffId staffId, String supervisorId) {
        inOrganisation(user, staffId);
        StaffId supervisor = null;
        try {
            supervisor = StaffId.of(UUID.fromString(supervisorId == null ? "" : supervisorId.trim()));
        } catch (IllegalArgumentException e) {
            // no supervisor chosen: only the service lead gets as far as being told so
        }
        if (!user.has(Role.SERVICE_LEAD) && (user.staffId() == null || !user.staffId().equals(supervisor))) {
            throw new ForbiddenException("Supervision records are written by the supervisor or the service lead.");
        }
        if (supervisor != null && people.staff(supervisor).filter(s -> s.organisationId().equals(user.organisationId())).isEmpty()) {
            throw new NotFoundException("Supervisor");
        }
        return supervisor;
    }

    private void inOrganisation(CurrentUser user, StaffId staffId) {
        people.staff(staffId).filter(s -> s.organisationId().equals(user.organisationId()))
                .orElseThrow(() -> new NotFoundException("Staff member"));
    }

    private List<Training> training(List<StaffId> staff) {
        return store.training(staff).stream().map(t -> new Training(t.id(), t.staffId(), t.course(), t.coProduced(), t.completedOn(),
                t.expiresOn())).toList();
    }

    private static void requireLead(CurrentUser user) {
        WorkforceAccess.requireLead(user);
    }

    private void audited(CurrentUser user, AuditAction action, String what, StaffId staffId) {
        audit.record(WorkforceAccess.event(user, action, what, staffId));
    }
}
