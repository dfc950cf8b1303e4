package tandem.shared.error;

import tandem.shared.FieldProblem;

/** The request clashes with what is stored (a duplicate, a stale version): 409. */
public class ConflictException extends RuntimeException {

    private final FieldProblem problem;

    public ConflictException(String field, String message) {
        super(message);
        this.problem = new FieldProblem(field, message);
    }

    public FieldProblem problem() {
        return problem;
    }
}
