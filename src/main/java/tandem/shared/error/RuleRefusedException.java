package tandem.shared.error;

import tandem.shared.FieldProblem;

/** A rule refused the request although the input was well formed (for example, enrolment has not opened): 422. */
public class RuleRefusedException extends RuntimeException {

    private final FieldProblem problem;

    public RuleRefusedException(String field, String message) {
        super(message);
        this.problem = new FieldProblem(field, message);
    }

    public FieldProblem problem() {
        return problem;
    }
}
