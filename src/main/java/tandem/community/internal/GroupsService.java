package tandem.community.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditEvent;
import tandem.audit.AuditLog;
import tandem.community.Group;
import tandem.community.GroupForm;
import tandem.community.GroupRole;
import tandem.community.Groups;
import tandem.community.internal.GroupStore.MembershipRow;
import tandem.community.internal.GroupStore.RoleCountRow;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.shared.TandemClock;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;

/** The groups directory, membership and the administrator's changes, over {@link GroupStore}. */
@Service
class GroupsService implements Groups {

    private final GroupStore store;
    private final AuditLog audit;
    private final TandemClock clock;

    GroupsService(GroupStore store, AuditLog audit, TandemClock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @Override
    public List<Group> directory(CurrentUser viewer) {
        return store.all().stream().map(g -> view(g, viewer)).toList();
    }

    @Transactional(readOnly = true)
    @Override
    public List<Group> administered(CurrentUser admin) {
        requireAdmin(admin);
        return store.all().stream().filter(g -> g.organisationId().equals(admin.organisationId().value())).map(g -> view(g, admin))
                .toList();
    }

    @Transactional(readOnly = true)
    @Override
    public Group group(CurrentUser viewer, UUID id) {
        return view(store.find(id).orElseThrow(() -> new NotFoundException("Group")), viewer);
    }

    @Transactional
    @Override
    public void join(CurrentUser user, UUID id, String role) {
        GroupRow g = store.find(id).orElseThrow(() -> new NotFoundException("Group"));
        GroupRole r = null;
        if (role != null && !role.isBlank()) {
            try {
                r = GroupRole.valueOf(role.trim().toUpperCase());
            } catch (IllegalArgumentException e) {
                new Validation().add("role", "Choose a role from the list, or none").throwIfInvalid();
            }
        }
        if (g.lastMeeting() != null && g.lastMeeting().isBefore(clock.today())) {
            throw new ConflictException("group", "This group has stopped meeting.");
        }
        store.join(id, user.accountId().value(), r);
        // Not on the person's record: their access log would tie them to a group whose members are never named.
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), OrganisationId.of(g.organisationId()), null,
                AuditAction.UPDATE, "group membership", id.toString(), false));
    }

    @Transactional
    @Override
    public void leave(CurrentUser user, UUID id) {
        GroupRow g = store.find(id).orElseThrow(() -> new NotFoundException("Group"));
        if (!store.leave(id, user.accountId().value())) {
            throw new NotFoundException("Membership");
        }
        audit.record(new AuditEvent(user.username(), user.primaryRole().name(), OrganisationId.of(g.organisationId()), null,
                AuditAction.DELETE, "group membership", id.toString(), false));
    }

    @Transactional
    @Override
    public UUID create(CurrentUser admin, GroupForm form) {
        requireAdmin(admin);
        GroupRow row = check(admin, UUID.randomUUID(), form, 0);
        store.insert(row, admin.username());
        audit.record(new AuditEvent(admin.username(), Role.ADMIN.name(), admin.organisationId(), null, AuditAction.CREATE,
                "group", row.id().toString(), false));
        return row.id();
    }

    @Transactional
    @Override
    public void update(CurrentUser admin, UUID id, GroupForm form) {
        requireAdmin(admin);
        GroupRow current = store.find(id).filter(g -> g.organisationId().equals(admin.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("Group"));
        long version;
        try {
            version = Long.parseLong(form.version().trim());
        } catch (RuntimeException e) {
            version = -1;
        }
        GroupRow row = check(admin, current.id(), form, version);
        if (!store.update(new GroupRow(row.id(), current.organisationId(), row.name(), row.purpose(), row.whoFor(),
                row.facilitator(), row.place(), row.onlineUrl(), row.accessibility(), row.weekday(), row.startsAt(),
                row.minutes(), row.everyWeeks(), row.firstMeeting(), row.lastMeeting(), version), version)) {
            throw new ConflictException("version", "Someone else changed this group since you opened it. Open it again.");
        }
        audit.record(new AuditEvent(admin.username(), Role.ADMIN.name(), OrganisationId.of(current.organisationId()), null, AuditAction.UPDATE,
                "group", id.toString(), false));
    }

    @Override
    public GroupForm form(CurrentUser admin, UUID id) {
        requireAdmin(admin);
        GroupRow g = store.find(id).filter(x -> x.organisationId().equals(admin.organisationId().value()))
                .orElseThrow(() -> new NotFoundException("Group"));
        return new GroupForm(g.name(), g.purpose(), g.whoFor(), g.facilitator(), nz(g.place()), nz(g.onlineUrl()),
                nz(g.accessibility()), String.valueOf(g.weekday()), g.startsAt().toString(), String.valueOf(g.minutes()),
                String.valueOf(g.everyWeeks()), g.firstMeeting().toString(),
                g.lastMeeting() == null ? "" : g.lastMeeting().toString(), String.valueOf(g.version()));
    }

    private static void requireAdmin(CurrentUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new ForbiddenException("Only administrators can change the groups directory.");
        }
    }

    private GroupRow check(CurrentUser admin, UUID id, GroupForm f, long version) {
        Validation v = new Validation();
        String name = Validation.trimToNull(f.name());
        v.required("name", name, "the group's name", 120);
        if (name != null && admin.organisationId() != null && store.nameTaken(admin.organisationId().value(), name, id)) {
            v.add("name", "There is already a group with this name");
        }
        v.required("purpose", Validation.trimToNull(f.purpose()), "what the group is for", 2000);
        v.required("whoFor", Validation.trimToNull(f.whoFor()), "who the group is for", 1000);
        v.required("facilitator", Validation.trimToNull(f.facilitator()), "the peer facilitator's name", 120);
        String place = Validation.trimToNull(f.place());
        String online = Validation.trimToNull(f.onlineUrl());
        v.maxLength("place", place, "the place", 300);
        if (online != null && (online.length() > 500 || !WebAddresses.isWebAddress(online))) {
            v.add("onlineUrl", "Enter the online link as a web address starting with https://");
        }
        if (place == null && online == null) {
            v.add("place", "Enter where the group meets, or an online link");
        }
        v.maxLength("accessibility", Validation.trimToNull(f.accessibility()), "accessibility information", 1000);
        int weekday = number(v, "weekday", f.weekday(), 1, 7, "Choose the day of the week the group meets");
        LocalTime starts = null;
        try {
            starts = LocalTime.parse(f.startsAt() == null ? "" : f.startsAt().trim());
        } catch (DateTimeParseException e) {
            v.add("startsAt", "Enter the start time as hours and minutes, like 19:00");
        }
        int minutes = number(v, "minutes", f.minutes(), 15, 480, "Enter how long meetings last, from 15 to 480 minutes");
        int every = number(v, "everyWeeks", f.everyWeeks(), 1, 8, "Enter how often the group meets: every 1 to 8 weeks");
        LocalDate first = v.date("firstMeeting", f.firstMeeting(), "the date of the first meeting", true);
        LocalDate last = v.date("lastMeeting", f.lastMeeting(), "the date of the last meeting", false);
        if (first != null && last != null && last.isBefore(first)) {
            v.add("lastMeeting", "The last meeting must be on or after the first meeting");
        }
        if (admin.organisationId() == null) {
            v.add("name", "Your account is not part of an organisation");
        }
        v.throwIfInvalid();
        return new GroupRow(id, admin.organisationId().value(), name, f.purpose().trim(), f.whoFor().trim(), f.facilitator().trim(),
                place, online, Validation.trimToNull(f.accessibility()), weekday, starts, minutes, every, first, last, version);
    }

    private static int number(Validation v, String field, String value, int min, int max, String message) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, message);
        return min;
    }

    private Group view(GroupRow g, CurrentUser viewer) {
        Optional<MembershipRow> membership = viewer == null ? Optional.empty()
                : store.membership(g.id(), viewer.accountId().value());
        boolean member = membership.isPresent();
        GroupRole myRole = membership.map(MembershipRow::role).orElse(null);
        Map<GroupRole, Integer> roles = new EnumMap<>(GroupRole.class);
        for (RoleCountRow taken : store.rolesTaken(g.id())) {
            roles.put(taken.role(), taken.members());
        }
        return new Group(g.id(), g.name(), g.purpose(), g.whoFor(), g.facilitator(), g.place(), member ? g.onlineUrl() : null,
                g.onlineUrl() != null, g.accessibility(), g.weekday(), g.startsAt(), g.minutes(), g.everyWeeks(),
                g.firstMeeting(), g.lastMeeting(),
                Meetings.next(g.weekday(), g.startsAt(), g.everyWeeks(), g.firstMeeting(), g.lastMeeting(), clock.zone(),
                        clock.now().atZone(clock.zone()), Groups.UPCOMING),
                store.members(g.id()), roles, member, myRole, g.version());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
