package tandem.change.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.audit.AuditAction;
import tandem.change.ChangeViews.Member;
import tandem.change.Programme;
import tandem.change.Scope;
import tandem.change.internal.AssessmentStore.AssessmentRow;
import tandem.identity.CurrentUser;
import tandem.identity.Role;
import tandem.people.OrganisationView;
import tandem.people.PeopleApi;
import tandem.shared.TandemClock;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.Validation;
import tandem.workforce.PeerWorkforce;

/** The programme's members side by side, and each organisation's college counts. */
@Service
class ProgrammeService implements Programme {

    private final AssessmentStore assessments;
    private final CollegeProfileStore profiles;
    private final PeopleApi people;
    private final PeerWorkforce workforce;
    private final ChangeAudit audit;
    private final TandemClock clock;

    ProgrammeService(AssessmentStore assessments, CollegeProfileStore profiles, PeopleApi people, PeerWorkforce workforce,
            ChangeAudit audit, TandemClock clock) {
        this.assessments = assessments;
        this.profiles = profiles;
        this.people = people;
        this.workforce = workforce;
        this.audit = audit;
        this.clock = clock;
    }

    /** The programme's members side by side: each organisation's latest organisation-wide stages and counts. */
    @Transactional(readOnly = true)
    @Override
    public List<Member> members(CurrentUser user) {
        if (!user.has(Role.PROGRAMME_LEAD) || user.organisationId() == null) {
            throw new NotFoundException("Page");
        }
        OrganisationView own = people.organisation(user.organisationId()).orElseThrow(() -> new NotFoundException("Page"));
        if (own.programmeId() == null) {
            return List.of();
        }
        List<Member> out = new ArrayList<>();
        for (OrganisationView o : people.organisationsInProgramme(own.programmeId())) {
            UUID org = o.id().value();
            AssessmentRow latest = assessments.assessments(org, Scope.ORGANISATION, org).stream().findFirst().orElse(null);
            Map<Integer, String> stages = new LinkedHashMap<>();
            if (latest != null) {
                latest.ratings().forEach(r -> stages.put(r.challenge(), r.stage()));
            }
            Optional<CollegeCounts> colleges = profiles.counts(org);
            PeerWorkforce.PeerWorkers peers = workforce.peerWorkers(o.id());
            out.add(new Member(o.id(), o.name(), latest == null ? null : latest.assessedOn(), stages,
                    colleges.map(CollegeCounts::open).orElse(null), colleges.map(CollegeCounts::planned).orElse(null), peers.workers(), peers.sites()));
        }
        return out;
    }

    @Transactional(readOnly = true)
    @Override
    public Optional<CollegeCounts> colleges(CurrentUser lead) {
        ChangeAccess.requireLead(lead);
        return profiles.counts(lead.organisationId().value());
    }

    @Transactional
    @Override
    public void saveColleges(CurrentUser lead, String open, String planned) {
        ChangeAccess.requireLead(lead);
        Validation v = new Validation();
        int o = count(v, "collegesOpen", open);
        int p = count(v, "collegesPlanned", planned);
        v.throwIfInvalid();
        profiles.save(lead.organisationId().value(), new CollegeCounts(o, p), clock.now());
        audit.audited(lead, AuditAction.UPDATE, "Recovery College counts", lead.organisationId().value());
    }

    private static int count(Validation v, String field, String value) {
        try {
            int n = Integer.parseInt(value == null ? "" : value.trim());
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        v.add(field, "Enter a whole number, 0 or more");
        return 0;
    }
}
