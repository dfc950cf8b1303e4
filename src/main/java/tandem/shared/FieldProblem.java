package tandem.shared;

/** A validation problem with one field of a form or request body. */
public record FieldProblem(String field, String message) {
}
