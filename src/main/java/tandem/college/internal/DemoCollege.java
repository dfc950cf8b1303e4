package tandem.college.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tandem.college.CourseId;
import tandem.college.CourseStatus;
import tandem.college.EnrolmentId;
import tandem.college.EnrolmentStatus;
import tandem.college.StudentId;
import tandem.college.TermId;
import tandem.college.Views;
import tandem.identity.Accounts;
import tandem.people.DemoOrganisationSeeded;
import tandem.people.PeopleApi;
import tandem.people.PersonView;
import tandem.people.StaffView;
import tandem.shared.TandemClock;
import tandem.shared.ids.AccountId;
import tandem.shared.ids.OrganisationId;
import tandem.shared.ids.PersonId;
import tandem.shared.ids.StaffId;

/**
 * Demo data: a past term (Alex completed a course), the current term with 15 co-produced courses
 * (one nearly full, one full with a waiting list, one empty course of 12 places, one draft without
 * a practitioner trainer), attendance so far, students from every group, and next term, whose
 * enrolment has not opened yet.
 */
@Component
class DemoCollege {

    private static final String[][] COURSES = {
        {"Understanding recovery", "What recovery can mean, in your own terms: hope, identity, meaning and taking back control.", "Understanding recovery", "HOPE,MEANING", "INTRODUCTORY"},
        {"Recovery and wellbeing planning", "Writing your own wellness plan: what keeps you well, early signs, and what helps when things are hard.", "Living well", "EMPOWERMENT", "INTRODUCTORY"},
        {"Telling your story", "Sharing your experience safely and on your terms, in writing or aloud.", "Peer support and lived experience", "IDENTITY,CONNECTEDNESS", "INTERMEDIATE"},
        {"Understanding anxiety", "What anxiety is, how it affects the body and mind, and ways people live well with it.", "Mental health and wellbeing", "EMPOWERMENT", "INTRODUCTORY"},
        {"Sleep well", "Practical ideas for better sleep, shared by people who have struggled with it.", "Living well", "EMPOWERMENT", "INTRODUCTORY"},
        {"Hearing voices: making sense of experiences", "Different ways of understanding voices and visions, and what people find helpful.", "Mental health and wellbeing", "MEANING,IDENTITY", "INTERMEDIATE"},
        {"Five ways to wellbeing", "Connect, be active, take notice, keep learning, give: trying each one in everyday life.", "Living well", "CONNECTEDNESS", "INTRODUCTORY"},
        {"Getting back to work or study", "Thinking about work, volunteering or study: rights, disclosure and support.", "Life skills and work", "MEANING,EMPOWERMENT", "PROGRESSIVE"},
        {"Supporting someone you care about", "For families and friends: looking after someone and looking after yourself.", "For families and friends", "CONNECTEDNESS,HOPE", "INTRODUCTORY"},
        {"Creative writing for wellbeing", "Writing together for enjoyment and expression; no experience needed.", "Creativity and expression", "IDENTITY", "INTRODUCTORY"},
        {"Introduction to peer support", "What peer support is, how it works and the values behind it.", "Peer support and lived experience", "CONNECTEDNESS", "INTRODUCTORY"},
        {"Becoming a peer trainer", "For students who want to co-deliver courses: co-production, planning and facilitation.", "Peer support and lived experience", "EMPOWERMENT,IDENTITY", "PROGRESSIVE"},
        {"Managing money and benefits", "Budgeting, benefits and dealing with debt, with an adviser and a peer trainer.", "Life skills and work", "EMPOWERMENT", "INTERMEDIATE"},
        {"Mindfulness taster", "Gentle mindfulness practices to try, and talking about what works for you.", "Mental health and wellbeing", "HOPE", "INTRODUCTORY"},
        {"Self-compassion", "Being kinder to yourself, with exercises to try between sessions.", "Living well", "IDENTITY,HOPE", "INTERMEDIATE"},
    };

    private final CollegeStore store;
    private final StudentStore studentStore;
    private final AttendanceStore attendance;
    private final EnrolmentStore places;
    private final PeopleApi people;
    private final Accounts accounts;
    private final TransactionTemplate tx;
    private final TandemClock clock;

    DemoCollege(CollegeStore store, StudentStore studentStore, AttendanceStore attendance, EnrolmentStore places, PeopleApi people, Accounts accounts, TransactionTemplate tx, TandemClock clock) {
        this.store = store;
        this.studentStore = studentStore;
        this.attendance = attendance;
        this.places = places;
        this.people = people;
        this.accounts = accounts;
        this.tx = tx;
        this.clock = clock;
    }

    @EventListener
    void onDemoSeeded(DemoOrganisationSeeded seeded) {
        tx.executeWithoutResult(status -> seed(seeded));
    }

    private void seed(DemoOrganisationSeeded s) {
        Random random = new Random(11);
        LocalDate today = clock.today();
        UUID org = s.organisationId().value();
        List<StaffView> staff = people.staffOf(OrganisationId.of(org));
        StaffId kim = byName(staff, "Kim");
        StaffId rob = byName(staff, "Rob");
        StaffId priya = byName(staff, "Priya");
        StaffId jess = byName(staff, "Jess");
        List<StaffId> peers = List.of(s.tutor(), s.pat(), jess);
        List<StaffId> practitioners = List.of(kim, rob, priya);

        // Terms: one just past, the current one, and the next (enrolment not open yet).
        LocalDate currentStart = today.minusWeeks(5).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        TermId past = store.insertTerm(org, "Earlier term", currentStart.minusWeeks(16), currentStart.minusWeeks(4), at(currentStart.minusWeeks(20), 9));
        TermId current = store.insertTerm(org, "This term", currentStart, currentStart.plusWeeks(12), at(currentStart.minusWeeks(3), 9));
        TermId next = store.insertTerm(org, "Next term", currentStart.plusWeeks(15), currentStart.plusWeeks(27), at(today.plusDays(10), 9));

        // Students: Alex (linked), Robin (a supporter, not a person), staff who study, and demo people.
        List<StudentId> students = new ArrayList<>();
        PersonView alexPerson = people.person(s.alex()).orElseThrow();
        AccountId alexAccount = accounts.byPerson(s.alex()).orElseThrow().id();
        StudentId alex = studentStore.insertStudent(new Views.Student(null, s.organisationId(), alexAccount, s.alex(), "Alex", alexPerson.familyName(), alexPerson.email(),
                alexPerson.phone(), "EMAIL", "A seat near the door, please.", true, false, false, "", null));
        studentStore.setGoals(alex, "I want to understand my own recovery better and maybe share my story one day.");
        studentStore.setTutor(alex, s.tutor());
        studentStore.addNote(alex, "We talked about the storytelling course next term; Alex would like to try it.", "Toni Rahman", clock.now().minusSeconds(86400 * 10));
        AccountId robinAccount = accounts.byUsername("robin").orElseThrow().id();
        StudentId robin = studentStore.insertStudent(new Views.Student(null, s.organisationId(), robinAccount, null, "Robin", "Hayes", "robin@example.org", null, "EMAIL",
                "", false, true, false, "", null));
        students.add(robin);
        AccountId samAccount = accounts.byUsername("sam").orElseThrow().id();
        students.add(studentStore.insertStudent(new Views.Student(null, s.organisationId(), samAccount, null, "Sam", "Okafor", null, null, "NONE", "", false, false, true,
                "", null)));
        for (int i = 2; i < 42 && i < s.people().size(); i++) {
            PersonId person = s.people().get(i);
            PersonView p = people.person(person).orElseThrow();
            String contact = i % 4 == 0 ? "PHONE" : i % 5 == 0 ? "POST" : i % 7 == 0 ? "NONE" : "EMAIL";
            students.add(studentStore.insertStudent(new Views.Student(null, s.organisationId(), null, person, p.givenName(), p.familyName(),
                    p.givenName().toLowerCase() + "." + p.familyName().toLowerCase() + "@example.org", "07700 900" + (100 + i), contact,
                    i % 6 == 0 ? "Step-free access" : "", i % 5 != 0, i % 5 == 0, i % 9 == 0, "", null)));
        }
        for (int i = 0; i < 6; i++) {
            students.add(studentStore.insertStudent(new Views.Student(null, s.organisationId(), null, null, new String[] {"Maya", "Joel", "Farah", "Owen", "Lena", "Theo"}[i],
                    new String[] {"Brooks", "Nash", "Iqbal", "Price", "Kovac", "Grant"}[i], null, "07700 900" + (500 + i), "PHONE", "", false, true,
                    false, "", null)));
        }

        // A past course that Alex completed (a certificate is ready) with feedback.
        CourseId done = course(org, past, "Discovering recovery", "A first look at recovery ideas; the course that started our college.",
                "Understanding recovery", "HOPE", "INTRODUCTORY", 12, "Riverside Centre, Room 2");
        store.putFacilitator(done, s.tutor(), "PEER", true);
        store.putFacilitator(done, kim, "PRACTITIONER", true);
        store.setStatus(done, CourseStatus.PUBLISHED);
        List<UUID> doneSessions = sessions(done, currentStart.minusWeeks(14), DayOfWeek.TUESDAY, LocalTime.of(10, 0), 5);
        EnrolmentStore.Live alexDone = places.insert(done, alex, EnrolmentStatus.ENROLLED, clock.now().minusSeconds(86400L * 120));
        for (int i = 0; i < doneSessions.size(); i++) {
            attendance.mark(doneSessions.get(i), alexDone.id(), i == 2 ? "APOLOGIES" : "PRESENT", "tutor", clock.now().minusSeconds(86400L * 90));
        }
        store.insertFeedback(EnrolmentId.of(alexDone.id()), 5, 4, 5, true, "More time for questions at the end.", clock.now().minusSeconds(86400L * 60));

        // The current term's courses.
        int[] capacities = {16, 12, 10, 14, 12, 12, 16, 12, 14, 10, 12, 8, 12, 16, 12};
        for (int c = 0; c < COURSES.length; c++) {
            String[] d = COURSES[c];
            boolean online = c % 4 == 3;
            CourseId id = course(org, current, d[0], d[1], d[2], d[3], d[4], capacities[c], online ? null : (c % 2 == 0 ? "Riverside Centre, Room 1" : "Hillside House, Garden Room"));
            if (online) {
                store.updateCourse(id, 0, new CollegeStore.CourseRow(current, d[0], d[1], "By the end you will have ideas to try and people to try them with.",
                        List.of(d[3].split(",")), List.of(d[2]), d[4], null, "https://meet.example.org/riverside-" + c,
                        "Captions are on; cameras optional.", capacities[c], "Designed by a peer trainer, a practitioner and two former students.", 2, 3));
            }
            store.putFacilitator(id, peers.get(c % peers.size()), "PEER", true);
            boolean draft = c == COURSES.length - 1;
            store.putFacilitator(id, practitioners.get(c % practitioners.size()), "PRACTITIONER", !draft);
            DayOfWeek day = DayOfWeek.of(1 + c % 5);
            LocalTime time = c % 3 == 0 ? LocalTime.of(10, 0) : c % 3 == 1 ? LocalTime.of(14, 0) : LocalTime.of(18, 0);
            boolean later = c >= 10;
            List<UUID> sessions = sessions(id, later ? today.plusDays(3) : currentStart.plusWeeks(1), day, time, c % 2 == 0 ? 6 : 4);
            if (!draft) {
                store.setStatus(id, CourseStatus.PUBLISHED);
            }
            int take = switch (c) {
                case 1 -> 11; // nearly full
                case 2 -> 12; // full, two waiting
                case 4 -> 0; // empty, 12 places
                default -> draft ? 0 : Math.min(capacities[c] - 3, 3 + random.nextInt(8));
            };
            List<StudentId> shuffled = new ArrayList<>(students);
            java.util.Collections.shuffle(shuffled, random);
            List<EnrolmentStore.Live> enrolled = new ArrayList<>();
            if (c == 0) {
                enrolled.add(places.insert(id, alex, EnrolmentStatus.ENROLLED, clock.now().minusSeconds(86400L * 30)));
            }
            for (int k = 0; k < take && k < shuffled.size(); k++) {
                if (enrolled.size() < capacities[c]) {
                    enrolled.add(places.insert(id, shuffled.get(k), EnrolmentStatus.ENROLLED, clock.now().minusSeconds(86400L * (30 - k))));
                } else {
                    places.insert(id, shuffled.get(k), EnrolmentStatus.WAITLISTED, clock.now().minusSeconds(86400L * (20 - k)));
                }
            }
            // Attendance for sessions already held.
            Views.Course course = store.course(id).orElseThrow();
            for (Views.Session session : course.sessions()) {
                if (session.endsAt().isBefore(clock.now())) {
                    for (EnrolmentStore.Live e : enrolled) {
                        int r = random.nextInt(10);
                        attendance.mark(session.id(), e.id(), r < 7 ? "PRESENT" : r < 9 ? "APOLOGIES" : "ABSENT", "tutor", session.endsAt());
                    }
                }
            }
        }
        // Next term: one published course, enrolment not open yet.
        CourseId upcoming = course(org, next, "Telling your story, part two", "For students who took part one: shaping your story for others.",
                "Peer support and lived experience", "IDENTITY", "PROGRESSIVE", 10, "Riverside Centre, Room 2");
        store.putFacilitator(upcoming, s.tutor(), "PEER", true);
        store.putFacilitator(upcoming, rob, "PRACTITIONER", true);
        sessions(upcoming, currentStart.plusWeeks(16), DayOfWeek.THURSDAY, LocalTime.of(14, 0), 4);
        store.setStatus(upcoming, CourseStatus.PUBLISHED);
        store.notify(alex, "ENROLLED", "You are enrolled on Understanding recovery", "You have a place on Understanding recovery.", clock.now());
    }

    private CourseId course(UUID org, TermId term, String title, String description, String topic, String chime, String level, int capacity,
            String location) {
        return store.insertCourse(org, new CollegeStore.CourseRow(term, title, description,
                "By the end you will have ideas to try and people to try them with.", List.of(chime.split(",")), List.of(topic), level,
                location, null, "Step-free access, a hearing loop and a quiet room for breaks.", capacity,
                "Designed by a peer trainer, a practitioner and two former students.", 2, 3));
    }

    private List<UUID> sessions(CourseId course, LocalDate from, DayOfWeek day, LocalTime start, int count) {
        List<UUID> ids = new ArrayList<>();
        LocalDate first = from.with(TemporalAdjusters.nextOrSame(day));
        for (int i = 0; i < count; i++) {
            LocalDate d = first.plusWeeks(i);
            ids.add(store.insertSession(course, LocalDateTime.of(d, start).atZone(clock.zone()).toInstant(),
                    LocalDateTime.of(d, start.plusHours(2)).atZone(clock.zone()).toInstant()));
        }
        return ids;
    }

    private Instant at(LocalDate day, int hour) {
        return LocalDateTime.of(day, LocalTime.of(hour, 0)).atZone(clock.zone()).toInstant();
    }

    private static StaffId byName(List<StaffView> staff, String given) {
        return staff.stream().filter(s -> s.givenName().equals(given)).findFirst().map(StaffView::id).orElseThrow();
    }
}
