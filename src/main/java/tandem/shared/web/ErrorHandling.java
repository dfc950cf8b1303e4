package tandem.shared.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.shared.FieldProblem;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;

/**
 * Errors once for every module: problem+json (RFC 9457) with an {@code errors} array for the API,
 * the plain-English error page for everything else. Exception messages are never shown.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.NOT_FOUND, "Not found.", List.of());
    }

    @ExceptionHandler(tandem.shared.error.GoneException.class)
    ResponseEntity<ProblemDetail> gone(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.GONE, "This link has been used already or has expired.", List.of());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, "Check the fields named in errors.", e.problems());
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<ProblemDetail> conflict(ConflictException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.CONFLICT, e.problem().message(), List.of(e.problem()));
    }

    @ExceptionHandler(tandem.shared.error.RuleRefusedException.class)
    ResponseEntity<ProblemDetail> refused(tandem.shared.error.RuleRefusedException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.UNPROCESSABLE_CONTENT, e.problem().message(), List.of(e.problem()));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<ProblemDetail> stale(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.CONFLICT,
                "This was changed by someone else since you opened it. Reload it and try again.",
                List.of(new FieldProblem("version", "This was changed since you opened it")));
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<ProblemDetail> forbidden(ForbiddenException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.FORBIDDEN, e.getMessage(), List.of());
    }

    @ExceptionHandler(tandem.shared.error.TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooMany(tandem.shared.error.TooManyRequestsException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.TOO_MANY_REQUESTS, e.getMessage(), List.of());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.BAD_REQUEST, "The request body is not valid JSON of the expected shape.",
                List.of(new FieldProblem("body", "Not valid JSON of the expected shape")));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        // A malformed id in a URL is answered like an unknown one.
        if (e.getRequiredType() != null && (e.getRequiredType().equals(java.util.UUID.class)
                || tandem.shared.ids.TypedId.class.isAssignableFrom(e.getRequiredType()))) {
            return answer(request, response, HttpStatus.NOT_FOUND, "Not found.", List.of());
        }
        return answer(request, response, HttpStatus.BAD_REQUEST, "A value has the wrong type.",
                List.of(new FieldProblem(e.getName(), "Has the wrong type")));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> notValid(MethodArgumentNotValidException e, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        List<FieldProblem> problems = e.getBindingResult().getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList();
        return answer(request, response, HttpStatus.BAD_REQUEST, "Check the fields named in errors.", problems);
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        return answer(request, response, HttpStatus.PAYLOAD_TOO_LARGE, "The file is too large.",
                List.of(new FieldProblem("file", "The file is too large")));
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpServletResponse response,
            HttpStatus status, String detail, List<FieldProblem> problems) throws IOException {
        if (!isApi(request)) {
            response.sendError(status.value());
            return null;
        }
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(status.getReasonPhrase());
        if (!problems.isEmpty()) {
            body.setProperty("errors", problems.stream()
                    .map(p -> Map.of("field", p.field(), "message", p.message())).toList());
        }
        if (status.is5xxServerError()) {
            log.error("Request failed with {}", status.value());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
