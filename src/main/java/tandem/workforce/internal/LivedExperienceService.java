package tandem.workforce.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.audit.AuditLog;
import tandem.identity.CurrentUser;
import tandem.people.PeopleApi;
import tandem.people.StaffView;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.SiteId;
import tandem.shared.ids.StaffId;
import tandem.shared.ids.TeamId;
import tandem.workforce.Counts;
import tandem.workforce.LivedExperience;

/** Lived experience in the workforce: each staff member's own answer, and counts that are suppressed below five. */
@Service
class LivedExperienceService implements LivedExperience {

    private final LivedExperienceStore store;
    private final PeopleApi people;
    private final AuditLog audit;
    private final TandemClock clock;
    private final BigDecimal target;

    LivedExperienceService(LivedExperienceStore store, PeopleApi people, AuditLog audit, TandemClock clock,
            @Value("${tandem.workforce.lived-experience-target:50}") BigDecimal target) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
        this.target = target;
    }

    @Override
    public BigDecimal target() {
        return target;
    }

    @Transactional(readOnly = true)
    @Override
    public Answer mine(CurrentUser user) {
        StaffId staff = WorkforceAccess.staffOf(user);
        return store.answer(staff).map(a -> new Answer(a.hasIt(), a.usesOpenly())).orElse(new Answer(null, null));
    }

    @Transactional
    @Override
    public Answer saveMine(CurrentUser user, Boolean has, Boolean openly) {
        StaffId staff = WorkforceAccess.staffOf(user);
        Validation v = new Validation();
        v.check(has != null, "hasLivedExperience", "Say whether you have lived experience, or leave this page");
        v.check(openly != null, "usesItOpenly", "Say whether you use it openly in your role");
        if (has != null && openly != null && !has && openly) {
            v.add("usesItOpenly", "You can only use lived experience openly if you have it");
        }
        v.throwIfInvalid();
        store.saveAnswer(staff, has, openly, clock.now());
        // The audit says that an answer changed, never what it is.
        audit.record(WorkforceAccess.event(user, AuditAction.UPDATE, "own lived experience answer", null));
        List<UUID> all = people.staffOf(user.organisationId()).stream().map(s -> s.id().value()).toList();
        store.saveMonth(user.organisationId().value(), clock.today().withDayOfMonth(1), all.size(), store.withLivedExperience(all));
        return new Answer(has, openly);
    }

    /** Counts for the organisation, a site or a team, for the service lead. */
    @Transactional(readOnly = true)
    @Override
    public Counts report(CurrentUser lead, TeamId teamId, SiteId siteId) {
        WorkforceAccess.requireLead(lead);
        List<StaffView> staff = people.staffOf(lead.organisationId());
        if (teamId != null) {
            people.teams(lead.organisationId()).stream().filter(t -> t.id().equals(teamId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Team"));
            staff = staff.stream().filter(s -> s.teams().stream().anyMatch(t -> t.id().equals(teamId))).toList();
        }
        if (siteId != null) {
            people.sites(lead.organisationId()).stream().filter(s -> s.id().equals(siteId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("Site"));
            staff = staff.stream().filter(s -> s.teams().stream().anyMatch(t -> siteId.equals(t.siteId()))).toList();
        }
        Set<UUID> ids = staff.stream().map(s -> s.id().value()).collect(Collectors.toSet());
        int with = store.withLivedExperience(ids);
        if (teamId == null && siteId == null) {
            return Counts.of(ids.size(), with);
        }
        // A team or site: also refuse when the rest of the organisation is a small group (the organisation's figure
        // minus this one would reveal it), and round to the nearest 5 so overlapping teams and sites can't be
        // subtracted from each other to single someone out.
        List<UUID> everyone = people.staffOf(lead.organisationId()).stream().map(s -> s.id().value()).toList();
        int restStaff = everyone.size() - ids.size();
        int restWith = store.withLivedExperience(everyone) - with;
        if (small(restStaff) || small(restWith) || small(restStaff - restWith)) {
            return new Counts(ids.size(), null, null, true);
        }
        Counts exact = Counts.of(ids.size(), with);
        if (exact.suppressed()) {
            return exact;
        }
        int rounded = Math.max(Counts.MIN, Math.min(ids.size() - Counts.MIN, 5 * Math.round(with / 5.0f)));
        return new Counts(ids.size(), rounded, BigDecimal.valueOf(100L * rounded)
                .divide(BigDecimal.valueOf(ids.size()), 1, java.math.RoundingMode.HALF_UP), false);
    }

    /** Between 1 and 4: a group small enough to single someone out (0 reveals nothing). */
    private static boolean small(int n) {
        return n > 0 && n < Counts.MIN;
    }

    /** The organisation's percentage by month, suppressed like every other count. */
    @Transactional(readOnly = true)
    @Override
    public List<Month> trend(CurrentUser lead) {
        WorkforceAccess.requireLead(lead);
        // Closed months only: the current month's figure changes with each answer.
        LocalDate thisMonth = clock.today().withDayOfMonth(1);
        return store.months(lead.organisationId().value()).stream().filter(m -> m.month().isBefore(thisMonth))
                .map(m -> new Month(m.month(), Counts.of(m.staff(), m.withIt()))).toList();
    }

    /** Counts for another organisation, for a programme view (suppressed the same way). */
    @Transactional(readOnly = true)
    @Override
    public Counts organisation(OrganisationId organisationId) {
        List<UUID> ids = people.staffOf(organisationId).stream().map(s -> s.id().value()).toList();
        return Counts.of(ids.size(), store.withLivedExperience(ids));
    }
}
