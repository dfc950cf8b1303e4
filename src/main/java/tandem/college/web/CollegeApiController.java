package tandem.college.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import tandem.college.CollegeDashboard;
import tandem.college.CourseId;
import tandem.college.Places;
import tandem.identity.CurrentUsers;
import tandem.shared.error.InvalidInputException;
import tandem.shared.ids.PersonId;

/** CONTRACT.md, Recovery College. */
@RestController
class CollegeApiController {

    /** The optional body of an enrolment: a college administrator names the person to enrol. */
    record EnrolIn(String personId) {
    }

    private final CurrentUsers identity;

    private final Places places;
    private final CollegeDashboard dashboard;

    CollegeApiController(CurrentUsers identity, Places places, CollegeDashboard dashboard) {
        this.identity = identity;
        this.places = places;
        this.dashboard = dashboard;
    }

    @GetMapping("/api/v1/college/courses")
    List<CollegeDashboard.ApiCourse> courses(@RequestParam(defaultValue = "current") String term) {
        return dashboard.apiCourses(term);
    }

    @PostMapping("/api/v1/college/courses/{id}/enrolments")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> enrol(@PathVariable CourseId id, @RequestBody(required = false) EnrolIn body) {
        PersonId person = null;
        if (body != null && body.personId() != null && !body.personId().isBlank()) {
            try {
                person = PersonId.of(UUID.fromString(body.personId()));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("personId", "personId must be a UUID");
            }
        }
        Places.Result r = places.enrol(identity.require(), id, person);
        return r.position() == null ? Map.of("status", r.status()) : Map.of("status", r.status(), "position", r.position());
    }

    @DeleteMapping("/api/v1/college/courses/{id}/enrolments/me")
    Map<String, Object> withdraw(@PathVariable CourseId id) {
        places.withdraw(identity.require(), id);
        return Map.of("status", "WITHDRAWN");
    }
}
