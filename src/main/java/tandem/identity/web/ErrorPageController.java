package tandem.identity.web;

import java.util.Map;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Error pages in plain English, and problem+json for the API. Never shows exception messages. */
@Controller
class ErrorPageController implements ErrorController {

    private static final Map<Integer, String> TITLES = Map.of(
            400, "There is a problem with the request",
            401, "You need to sign in",
            403, "You cannot do this",
            404, "Page not found",
            405, "This page cannot be used that way",
            409, "Something changed",
            410, "This link cannot be used any more",
            413, "The file is too large",
            429, "You have done this a lot in a short time",
            500, "Sorry, something went wrong");

    private final ShellAdvice shells;

    ErrorPageController(ShellAdvice shells) {
        this.shells = shells;
    }

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        int status = status(request);
        response.setStatus(status);
        model.addAttribute("shell", shells.build(request));
        model.addAttribute("status", status);
        model.addAttribute("title", TITLES.getOrDefault(status, TITLES.get(500)));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        int status = status(request);
        HttpStatus http = HttpStatus.resolve(status);
        ProblemDetail body = ProblemDetail.forStatus(status);
        body.setTitle(http == null ? "Error" : http.getReasonPhrase());
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    private static int status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return code instanceof Integer i ? i : 500;
    }
}
