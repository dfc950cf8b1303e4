package tandem.fhir.web;

import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueSeverity;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Interceptor;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.BaseServerResponseException;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import ca.uhn.fhir.rest.server.exceptions.InternalErrorException;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import ca.uhn.fhir.rest.server.exceptions.ResourceVersionConflictException;
import ca.uhn.fhir.rest.server.exceptions.UnprocessableEntityException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.shared.FieldProblem;
import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;
import tandem.shared.error.RuleRefusedException;

/**
 * Every error of the FHIR server as an OperationOutcome: Tandem's own refusals keep their status
 * (404 for what the caller may not know exists, 403, 409, 422 with the field's FHIRPath in
 * {@code expression}), HAPI's own (a bad parameter, an unknown resource type) pass as they are, and
 * anything else is a 500 that says nothing about the inside (the cause is logged).
 */
@Component
@Interceptor
class FhirOutcomes {

    private static final Logger log = LoggerFactory.getLogger(FhirOutcomes.class);

    @Hook(Pointcut.SERVER_PRE_PROCESS_OUTGOING_EXCEPTION)
    public BaseServerResponseException translate(RequestDetails request, Throwable thrown, HttpServletRequest servletRequest,
            HttpServletResponse servletResponse) {
        Throwable e = unwrap(thrown);
        if (e instanceof BaseServerResponseException hapi) {
            if (hapi instanceof InternalErrorException) {
                log.error("FHIR request failed: {} {}", servletRequest.getMethod(), servletRequest.getRequestURI(), hapi);
                return new InternalErrorException("Something went wrong on our side. Nothing was changed.", outcome(IssueType.EXCEPTION,
                        "Something went wrong on our side. Nothing was changed.", null));
            }
            return hapi;
        }
        if (e instanceof NotFoundException) {
            return new ResourceNotFoundException("Not found", outcome(IssueType.NOTFOUND, "Not found.", null));
        }
        if (e instanceof ForbiddenException f) {
            return new ForbiddenOperationException(f.getMessage(), outcome(IssueType.FORBIDDEN, f.getMessage(), null));
        }
        if (e instanceof InvalidInputException invalid) {
            OperationOutcome oo = new OperationOutcome();
            for (FieldProblem p : invalid.problems()) {
                add(oo, IssueType.INVALID, p.message(), p.field());
            }
            return new UnprocessableEntityException(request.getFhirContext(), oo);
        }
        if (e instanceof ConflictException c) {
            return new ResourceVersionConflictException(c.getMessage(), null, outcome(IssueType.CONFLICT, c.getMessage(), null));
        }
        if (e instanceof RuleRefusedException r) {
            return new UnprocessableEntityException(request.getFhirContext(), outcome(IssueType.BUSINESSRULE, r.getMessage(), null));
        }
        if (e instanceof IllegalArgumentException bad) {
            return new InvalidRequestException(bad.getMessage(), outcome(IssueType.INVALID, bad.getMessage(), null));
        }
        log.error("FHIR request failed: {} {}", servletRequest.getMethod(), servletRequest.getRequestURI(), e);
        return new InternalErrorException("Something went wrong on our side. Nothing was changed.",
                outcome(IssueType.EXCEPTION, "Something went wrong on our side. Nothing was changed.", null));
    }

    private static Throwable unwrap(Throwable thrown) {
        Throwable e = thrown;
        while ((e instanceof java.lang.reflect.InvocationTargetException || e instanceof java.lang.reflect.UndeclaredThrowableException
                || (e instanceof InternalErrorException && e.getCause() != null)) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        return e;
    }

    /** An OperationOutcome with one error; {@code expression} is the FHIRPath of the field at fault, or null. */
    static OperationOutcome outcome(IssueType type, String message, String expression) {
        OperationOutcome oo = new OperationOutcome();
        add(oo, type, message, expression);
        return oo;
    }

    static void add(OperationOutcome oo, IssueType type, String message, String expression) {
        var issue = oo.addIssue().setSeverity(IssueSeverity.ERROR).setCode(type).setDiagnostics(message);
        if (expression != null && !expression.isBlank()) {
            issue.addExpression(expression);
        }
    }
}
