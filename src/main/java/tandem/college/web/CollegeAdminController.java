package tandem.college.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.college.CourseAdministration;
import tandem.college.Students;
import tandem.college.CollegeDashboard;
import tandem.college.Views;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.scoring.Chime;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.web.FormErrors;

/** The college administrator's pages: dashboard, terms, courses, sessions, trainers, publishing, students, feedback. */
@Controller
class CollegeAdminController {

    private final CurrentUsers identity;

    private final CourseAdministration courses;
    private final Students students;
    private final CollegeDashboard dashboard;

    CollegeAdminController(CurrentUsers identity, CourseAdministration courses, Students students, CollegeDashboard dashboard) {
        this.identity = identity;
        this.courses = courses;
        this.students = students;
        this.dashboard = dashboard;
    }

    @GetMapping("/college/admin")
    String dashboard(@RequestParam(defaultValue = "") String term, Model model) {
        CurrentUser admin = identity.require();
        CollegeDashboard.Dashboard d = dashboard.dashboard(admin, term);
        model.addAttribute("d", d);
        model.addAttribute("terms", courses.termsOf(admin));
        model.addAttribute("courses", d.term() == null ? List.of() : courses.allCourses(admin, d.term().id().toString()));
        return "college/admin";
    }

    @GetMapping("/college/admin/dashboard.csv")
    ResponseEntity<byte[]> csv(@RequestParam(defaultValue = "") String term) {
        CollegeDashboard.Dashboard d = dashboard.dashboard(identity.require(), term);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("college-dashboard.csv").build().toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(dashboard.dashboardCsv(d).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/college/admin/terms")
    String terms(Model model) {
        return termsPage(model, identity.require(), Map.of(), FormErrors.NONE);
    }

    @PostMapping("/college/admin/terms")
    String addTerm(@RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        try {
            courses.addTerm(admin, p.get("name"), p.get("startsOn"), p.get("endsOn"), p.get("opensOn"), p.get("opensAt"));
        } catch (InvalidInputException e) {
            return termsPage(model, admin, p, new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Term added.");
        return "redirect:/college/admin/terms";
    }

    private String termsPage(Model model, CurrentUser admin, Map<String, String> form, FormErrors errors) {
        model.addAttribute("terms", courses.termsOf(admin));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "college/terms";
    }

    @GetMapping("/college/admin/courses/new")
    String newCourse(Model model) {
        return courseForm(model, identity.require(), null, CourseAdministration.CourseForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/college/admin/courses")
    String create(CourseAdministration.CourseForm form, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        try {
            UUID id = courses.saveCourse(admin, null, form);
            redirect.addFlashAttribute("flash", "Course saved as a draft. Add sessions and trainers, then publish it.");
            return "redirect:/college/admin/courses/" + id;
        } catch (InvalidInputException e) {
            return courseForm(model, admin, null, form, new FormErrors(e.problems()));
        }
    }

    @GetMapping("/college/admin/courses/{id}")
    String course(@PathVariable UUID id, Model model) {
        CurrentUser admin = identity.require();
        Views.Course c = courses.adminView(admin, id);
        return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), FormErrors.NONE);
    }

    @PostMapping("/college/admin/courses/{id}")
    String update(@PathVariable UUID id, CourseAdministration.CourseForm form, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        try {
            courses.saveCourse(admin, id, form);
        } catch (InvalidInputException e) {
            return courseForm(model, admin, courses.adminView(admin, id), form, new FormErrors(e.problems()));
        } catch (ConflictException e) {
            return courseForm(model, admin, courses.adminView(admin, id), form, new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Course saved.");
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/sessions")
    String addSession(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        try {
            courses.addSession(admin, id, p.get("date"), p.get("start"), p.get("end"));
        } catch (InvalidInputException e) {
            Views.Course c = courses.adminView(admin, id);
            model.addAttribute("sessionForm", p);
            return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Session added.");
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/sessions/{sessionId}/delete")
    String removeSession(@PathVariable UUID id, @PathVariable UUID sessionId, RedirectAttributes redirect) {
        try {
            courses.removeSession(identity.require(), id, sessionId);
            redirect.addFlashAttribute("flash", "Session removed. Enrolled students are told.");
        } catch (RuleRefusedException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/trainers")
    String trainer(@PathVariable UUID id, @RequestParam Map<String, String> p, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        try {
            courses.setFacilitator(admin, id, p.get("staffId"), p.get("kind"), "yes".equals(p.get("confirmed")));
        } catch (InvalidInputException e) {
            Views.Course c = courses.adminView(admin, id);
            return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Trainer saved.");
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/trainers/{staffId}/delete")
    String removeTrainer(@PathVariable UUID id, @PathVariable UUID staffId, RedirectAttributes redirect) {
        try {
            courses.removeFacilitator(identity.require(), id, staffId);
            redirect.addFlashAttribute("flash", "Trainer removed.");
        } catch (RuleRefusedException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/publish")
    String publish(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        try {
            courses.publish(admin, id);
        } catch (RuleRefusedException e) {
            Views.Course c = courses.adminView(admin, id);
            return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), new FormErrors(List.of(e.problem())));
        }
        redirect.addFlashAttribute("flash", "Published: the course is in the prospectus.");
        return "redirect:/college/admin/courses/" + id;
    }

    @GetMapping("/college/admin/courses/{id}/feedback")
    String feedback(@PathVariable UUID id, Model model) {
        CurrentUser admin = identity.require();
        model.addAttribute("course", courses.adminView(admin, id));
        model.addAttribute("feedback", courses.feedback(admin, id));
        return "college/feedbackResults";
    }

    @GetMapping("/college/admin/students")
    String students(Model model) {
        model.addAttribute("students", students.students(identity.require()));
        return "college/students";
    }

    @GetMapping("/college/students/{id}")
    String student(@PathVariable UUID id, Model model) {
        CurrentUser user = identity.require();
        return studentPage(model, user, id, FormErrors.NONE);
    }

    private String studentPage(Model model, CurrentUser user, UUID id, FormErrors errors) {
        model.addAttribute("record", students.studentRecord(user, id));
        model.addAttribute("admin", user.has(tandem.identity.Role.COLLEGE_ADMIN));
        model.addAttribute("tutors", user.has(tandem.identity.Role.COLLEGE_ADMIN) ? courses.possibleTrainers(user) : List.of());
        model.addAttribute("errors", errors);
        return "college/student";
    }

    @PostMapping("/college/students/{id}/tutor")
    String tutor(@PathVariable UUID id, @RequestParam(defaultValue = "") String tutorId, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            students.setTutor(user, id, tutorId);
        } catch (InvalidInputException e) {
            return studentPage(model, user, id, new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Personal tutor saved.");
        return "redirect:/college/students/" + id;
    }

    @PostMapping("/college/students/{id}/notes")
    String note(@PathVariable UUID id, @RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            students.addNote(user, id, note);
        } catch (InvalidInputException e) {
            return studentPage(model, user, id, new FormErrors(e.problems()));
        }
        redirect.addFlashAttribute("flash", "Review note added.");
        return "redirect:/college/students/" + id;
    }

    private String courseForm(Model model, CurrentUser admin, Views.Course course, CourseAdministration.CourseForm form, FormErrors errors) {
        model.addAttribute("course", course);
        model.addAttribute("form", form);
        model.addAttribute("terms", courses.termsOf(admin));
        model.addAttribute("topics", CourseAdministration.TOPICS);
        model.addAttribute("chime", Chime.values());
        model.addAttribute("trainers", courses.possibleTrainers(admin));
        if (!model.containsAttribute("sessionForm")) {
            model.addAttribute("sessionForm", Map.of());
        }
        model.addAttribute("errors", errors);
        return "college/courseForm";
    }
}
