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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tandem.college.CourseAdministration;
import tandem.college.CourseId;
import tandem.college.EnrolmentId;
import tandem.college.EnrolmentStatus;
import tandem.college.Places;
import tandem.college.Prospectus;
import tandem.college.Students;
import tandem.college.Views;
import tandem.college.web.StudentForms.FeedbackForm;
import tandem.college.web.StudentForms.GoalsForm;
import tandem.college.web.StudentForms.JoinForm;
import tandem.college.web.StudentForms.RegisterForm;
import tandem.identity.CurrentUser;
import tandem.identity.CurrentUsers;
import tandem.measures.scoring.Chime;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.RuleRefusedException;
import tandem.shared.web.FormErrors;
import tandem.shared.web.Forms;

/** The prospectus, course pages, self-referral, joining, enrolling, withdrawing and a student's own learning. */
@Controller
class StudentController {

    private final CurrentUsers identity;

    private final Prospectus prospectus;
    private final Students students;
    private final Places places;

    StudentController(CurrentUsers identity, Prospectus prospectus, Students students, Places places) {
        this.identity = identity;
        this.prospectus = prospectus;
        this.students = students;
        this.places = places;
    }

    @GetMapping("/college")
    String prospectus(Prospectus.Search search, Model model) {
        model.addAttribute("search", search);
        model.addAttribute("terms", prospectus.terms());
        model.addAttribute("topics", CourseAdministration.TOPICS);
        model.addAttribute("chime", Chime.values());
        try {
            model.addAttribute("courses", prospectus.prospectus(search));
            model.addAttribute("errors", FormErrors.NONE);
        } catch (InvalidInputException e) {
            model.addAttribute("courses", List.of());
            model.addAttribute("errors", new FormErrors(e.problems()));
        }
        return "college/prospectus";
    }

    @GetMapping("/college/courses/{id}")
    String course(@PathVariable CourseId id, Model model) {
        Optional<CurrentUser> user = identity.current();
        Views.Course c = prospectus.course(user, id);
        model.addAttribute("course", c);
        Views.Enrolment mine = user.flatMap(u -> students.myLearning(u).enrolments().stream()
                .filter(e -> e.courseId().equals(id)).findFirst()).orElse(null);
        model.addAttribute("mine", mine);
        model.addAttribute("signedIn", user.isPresent());
        model.addAttribute("student", user.flatMap(students::studentOf).isPresent());
        return "college/course";
    }

    @GetMapping("/college/courses/{id}/sessions.ics")
    ResponseEntity<byte[]> calendar(@PathVariable CourseId id) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("course-sessions.ics").build().toString())
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .body(prospectus.calendar(id).getBytes(StandardCharsets.UTF_8));
    }

    @GetMapping("/college/register")
    String registerForm(Model model) {
        return registerPage(model, new Students.StudentForm("", "", "", "", "EMAIL", "", false, false, false), "", FormErrors.NONE);
    }

    @PostMapping("/college/register")
    String register(@ModelAttribute RegisterForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        Students.StudentForm f = form.student();
        if (Forms.attempt(binding, () -> students.register(f, form.trimmedUsername(), form.password() == null ? "" : form.password())).isEmpty()) {
            return registerPage(model, f, form.username() == null ? "" : form.username(), FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Welcome to the Recovery College. Sign in with your new username and password to choose courses.");
        return "redirect:/login";
    }

    private String registerPage(Model model, Students.StudentForm f, String username, FormErrors errors) {
        model.addAttribute("form", f);
        model.addAttribute("username", username);
        model.addAttribute("errors", errors);
        return "college/register";
    }

    @GetMapping("/college/join")
    String joinForm(Model model) {
        CurrentUser user = identity.require();
        if (students.studentOf(user).isPresent()) {
            return "redirect:/college/me";
        }
        return joinPage(model, user, students.joinForm(user), null, FormErrors.NONE);
    }

    @PostMapping("/college/join")
    String join(@ModelAttribute JoinForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        Students.StudentForm f = form.student();
        // nothing is assumed: linking needs a "yes", and a person with a record must answer
        Boolean link = form.link();
        if (Forms.attempt(binding, () -> students.join(user, f, link)).isEmpty()) {
            return joinPage(model, user, f, link, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "You are now a student of the Recovery College. Choose courses from the prospectus.");
        return "redirect:/college/me";
    }

    private String joinPage(Model model, CurrentUser user, Students.StudentForm f, Boolean link, FormErrors errors) {
        model.addAttribute("form", f);
        model.addAttribute("canLink", user.personId() != null);
        model.addAttribute("link", link == null ? "" : link ? "yes" : "no");
        model.addAttribute("errors", errors);
        return "college/join";
    }

    @GetMapping("/college/me")
    String mine(Model model) {
        CurrentUser user = identity.require();
        model.addAttribute("me", students.myLearning(user));
        model.addAttribute("errors", FormErrors.NONE);
        return "college/me";
    }

    @PostMapping("/college/me/goals")
    String goals(@ModelAttribute GoalsForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        if (!Forms.attempt(binding, () -> students.setGoals(user, form.text()))) {
            model.addAttribute("me", students.myLearning(user));
            model.addAttribute("errors", FormErrors.of(binding));
            return "college/me";
        }
        redirect.addFlashAttribute("flash", "Your learning goals are saved.");
        return "redirect:/college/me";
    }

    @PostMapping("/college/courses/{id}/enrol")
    String enrol(@PathVariable CourseId id, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        try {
            Places.Result r = places.enrol(user, id, null);
            redirect.addFlashAttribute("flash", r.status() == EnrolmentStatus.ENROLLED ? "You have a place on this course."
                    : "The course is full, so you are on the waiting list: number " + r.position() + ". If a place comes up, it is offered in order.");
        } catch (RuleRefusedException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flash", e.getMessage());
        }
        return "redirect:/college/courses/" + id;
    }

    @PostMapping("/college/courses/{id}/withdraw")
    String withdraw(@PathVariable CourseId id, RedirectAttributes redirect) {
        places.withdraw(identity.require(), id);
        redirect.addFlashAttribute("flash", "You have left this course. You can enrol again while places are open.");
        return "redirect:/college/courses/" + id;
    }

    @GetMapping("/college/me/enrolments/{id}/feedback")
    String feedbackForm(@PathVariable EnrolmentId id, Model model) {
        CurrentUser user = identity.require();
        return feedbackPage(model, user, id, FeedbackForm.EMPTY, FormErrors.NONE);
    }

    @PostMapping("/college/me/enrolments/{id}/feedback")
    String feedback(@PathVariable EnrolmentId id, @ModelAttribute FeedbackForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        CurrentUser user = identity.require();
        if (!Forms.attempt(binding, () -> places.giveFeedback(user, id, form.feedback()))) {
            return feedbackPage(model, user, id, form, FormErrors.of(binding));
        }
        redirect.addFlashAttribute("flash", "Thank you for your feedback. It helps the trainers shape the course.");
        return "redirect:/college/me";
    }

    private String feedbackPage(Model model, CurrentUser user, EnrolmentId id, FeedbackForm form, FormErrors errors) {
        Views.Enrolment e = students.myLearning(user).enrolments().stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new tandem.shared.error.NotFoundException("Enrolment"));
        model.addAttribute("enrolment", e);
        model.addAttribute("answers", form.answers());
        model.addAttribute("errors", errors);
        return "college/feedback";
    }

    @GetMapping("/college/me/enrolments/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@PathVariable EnrolmentId id) {
        Places.Certificate c = places.certificate(identity.require(), id);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(c.fileName()).build().toString())
                .contentType(MediaType.APPLICATION_PDF).body(c.pdf());
    }

}
