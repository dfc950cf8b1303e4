package tandem.college.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tandem.college.CollegeDashboard;
import tandem.college.Prospectus;
import tandem.college.Students;
import tandem.college.TermId;
import tandem.college.Views;
import tandem.identity.CurrentUser;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;

/** The college dashboard and the contract's course list. */
@Service
class DashboardService implements CollegeDashboard {

    private final CollegeStore store;
    private final CollegeReadModel readModel;
    private final Prospectus prospectus;

    DashboardService(CollegeStore store, CollegeReadModel readModel, Prospectus prospectus) {
        this.store = store;
        this.readModel = readModel;
        this.prospectus = prospectus;
    }

    @Transactional(readOnly = true)
    @Override
    public Dashboard dashboard(CurrentUser admin, String termId) {
        CollegeAccess.requireAdmin(admin);
        Views.Term term;
        if (termId == null || termId.isBlank()) {
            term = prospectus.currentTerm(admin.organisationId()).orElse(null);
        } else {
            try {
                TermId id = TermId.of(UUID.fromString(termId));
                term = store.terms(admin.organisationId().value()).stream().filter(t -> t.id().equals(id)).findFirst()
                        .orElseThrow(() -> new NotFoundException("Term"));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("term", "Choose a term from the list");
            }
        }
        if (term == null) {
            return new Dashboard(null, 0, 0, 0, 0, 0, List.of());
        }
        StudentMix mix = readModel.studentMix(term.id());
        return new Dashboard(term, mix.students(), mix.usingServices(), mix.supporters(), mix.staff(), mix.noneSaid(), readModel.courseLines(term.id()));
    }

    @Override
    public String dashboardCsv(Dashboard d) {
        StringBuilder b = new StringBuilder("course,status,places,enrolled,waitlisted,withdrawn,sessions,attendance_percent,completed\r\n");
        for (CourseLine l : d.courses()) {
            b.append('"').append(csvText(l.title())).append("\",").append(l.status()).append(',').append(l.capacity())
                    .append(',').append(l.enrolled()).append(',').append(l.waitlisted()).append(',').append(l.withdrawn()).append(',')
                    .append(l.sessions()).append(',').append(l.attendancePercent() == null ? "" : l.attendancePercent()).append(',')
                    .append(l.completed()).append("\r\n");
        }
        b.append("\"All students this term\",,,").append(d.students()).append(",,,,,\r\n");
        b.append("\"Students who use services\",,,").append(d.usingServices()).append(",,,,,\r\n");
        b.append("\"Students who support someone\",,,").append(d.supporters()).append(",,,,,\r\n");
        b.append("\"Students who work in services\",,,").append(d.staff()).append(",,,,,\r\n");
        return b.toString();
    }

    @Transactional(readOnly = true)
    @Override
    public List<ApiCourse> apiCourses(String term) {
        List<ApiCourse> out = new ArrayList<>();
        for (Views.Course c : prospectus.prospectus(new Prospectus.Search(term, null, null, null, null, null, null))) {
            out.add(new ApiCourse(c.id(), c.title(), c.capacity(), c.enrolled(), c.waitlisted(),
                    c.facilitators().stream().filter(Views.Facilitator::confirmed).map(f -> new ApiFacilitator(f.staffId(), f.kind())).toList()));
        }
        return out;
    }

    /** A text cell that a spreadsheet will not read as a formula. */
    private static String csvText(String s) {
        String t = s.replace("\"", "\"\"");
        return !t.isEmpty() && "=+-@".indexOf(t.charAt(0)) >= 0 ? "'" + t : t;
    }
}
