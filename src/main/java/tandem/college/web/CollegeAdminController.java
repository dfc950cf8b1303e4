package tandem.college.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.college.CollegeDashboard;
import tandem.college.CourseAdministration;
import tandem.college.CourseId;
import tandem.college.StudentId;
import tandem.college.Students;
import tandem.college.Views;
import tandem.college.web.AdminForms.NoteForm;
import tandem.college.web.AdminForms.SessionForm;
import tandem.college.web.AdminForms.TermForm;
import tandem.college.web.AdminForms.TrainerForm;
import tandem.college.web.AdminForms.TutorForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.scoring.Chime;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.ids.StaffId;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

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
        return termsPage(model, identity.require(), TermForm.empty(), FormErrors.NONE);
    }

    @PostMapping("/college/admin/terms")
    String addTerm(@ModelAttribute("form") TermForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        if (Forms.attempt(binding, () -> courses.addTerm(admin, form.name(), form.startsOn(), form.endsOn(), form.opensOn(),
                form.opensAt())).isEmpty()) {
            return termsPage(model, admin, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Term added.");
        return "redirect:/college/admin/terms";
    }

    private String termsPage(Model model, CurrentUser admin, TermForm form, FormErrors errors) {
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
    String create(@ModelAttribute("form") CourseAdministration.CourseForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        Optional<CourseId> id = Forms.attempt(binding, () -> courses.saveCourse(admin, null, form));
        if (id.isEmpty()) {
            return courseForm(model, admin, null, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Course saved as a draft. Add sessions and trainers, then publish it.");
        return "redirect:/college/admin/courses/" + id.get();
    }

    @GetMapping("/college/admin/courses/{id}")
    String course(@PathVariable CourseId id, Model model) {
        CurrentUser admin = identity.require();
        Views.Course c = courses.adminView(admin, id);
        return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), FormErrors.NONE);
    }

    @PostMapping("/college/admin/courses/{id}")
    String update(@PathVariable CourseId id, @ModelAttribute("form") CourseAdministration.CourseForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        if (Forms.attempt(binding, () -> courses.saveCourse(admin, id, form)).isEmpty()) {
            return courseForm(model, admin, courses.adminView(admin, id), form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Course saved.");
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/sessions")
    String addSession(@PathVariable CourseId id, @ModelAttribute("sessionForm") SessionForm session, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        if (!Forms.attempt(binding, () -> courses.addSession(admin, id, session.date(), session.start(), session.end()))) {
            Views.Course c = courses.adminView(admin, id);
            return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Session added.");
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/sessions/{sessionId}/delete")
    String removeSession(@PathVariable CourseId id, @PathVariable UUID sessionId, RedirectAttributes redirect) {
        try {
            courses.removeSession(identity.require(), id, sessionId);
            redirect.addFlashAttribute("flash", "Session removed. Enrolled students are told.");
        } catch (RuleRefusedException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/trainers")
    String trainer(@PathVariable CourseId id, @ModelAttribute TrainerForm trainer, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        if (!Forms.attempt(binding, () -> courses.setFacilitator(admin, id, trainer.staffId(), trainer.kind(),
                "yes".equals(trainer.confirmed())))) {
            Views.Course c = courses.adminView(admin, id);
            return courseForm(model, admin, c, CourseAdministration.CourseForm.of(c), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Trainer saved.");
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/trainers/{staffId}/delete")
    String removeTrainer(@PathVariable CourseId id, @PathVariable StaffId staffId, RedirectAttributes redirect) {
        try {
            courses.removeFacilitator(identity.require(), id, staffId);
            redirect.addFlashAttribute("flash", "Trainer removed.");
        } catch (RuleRefusedException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/college/admin/courses/" + id;
    }

    @PostMapping("/college/admin/courses/{id}/publish")
    String publish(@PathVariable CourseId id, Model model, RedirectAttributes redirect) {
        CurrentUser admin = identity.require();
        Views.Course c = courses.adminView(admin, id);
        CourseAdministration.CourseForm form = CourseAdministration.CourseForm.of(c);
        BindingResult binding = new BeanPropertyBindingResult(form, "form");
        if (!Forms.attempt(binding, () -> courses.publish(admin, id))) {
            return courseForm(model, admin, c, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Published: the course is in the prospectus.");
        return "redirect:/college/admin/courses/" + id;
    }

    @GetMapping("/college/admin/courses/{id}/feedback")
    String feedback(@PathVariable CourseId id, Model model) {
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
    String student(@PathVariable StudentId id, Model model) {
        CurrentUser user = identity.require();
        return studentPage(model, user, id, FormErrors.NONE);
    }

    private String studentPage(Model model, CurrentUser user, StudentId id, FormErrors errors) {
        model.addAttribute("record", students.studentRecord(user, id));
        model.addAttribute("admin", user.has(tandem.identity.Role.COLLEGE_ADMIN));
        model.addAttribute("tutors", user.has(tandem.identity.Role.COLLEGE_ADMIN) ? courses.possibleTrainers(user) : List.of());
        model.addAttribute("errors", errors);
        return "college/student";
    }

    @PostMapping("/college/students/{id}/tutor")
    String tutor(@PathVariable StudentId id, @ModelAttribute TutorForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        if (!Forms.attempt(binding, () -> students.setTutor(user, id, form.tutorId() == null ? "" : form.tutorId()))) {
            return studentPage(model, user, id, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Personal tutor saved.");
        return "redirect:/college/students/" + id;
    }

    @PostMapping("/college/students/{id}/notes")
    String note(@PathVariable StudentId id, @ModelAttribute NoteForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        if (!Forms.attempt(binding, () -> students.addNote(user, id, form.note() == null ? "" : form.note()))) {
            return studentPage(model, user, id, FormErrors.of(binding));
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
            model.addAttribute("sessionForm", SessionForm.empty());
        }
        model.addAttribute("errors", errors);
        return "college/courseForm";
    }
}
