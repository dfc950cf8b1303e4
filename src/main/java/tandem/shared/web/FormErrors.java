package tandem.shared.web;

import java.util.List;

import tandem.shared.FieldProblem;

/** Problems with a submitted form, for the error summary and the fields. */
public record FormErrors(List<FieldProblem> problems) {

    public static final FormErrors NONE = new FormErrors(List.of());

    public FormErrors {
        problems = List.copyOf(problems);
    }

    public boolean any() {
        return !problems.isEmpty();
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    /** The first message for a field, or null. */
    public String message(String field) {
        return problems.stream().filter(p -> p.field().equals(field)).map(FieldProblem::message).findFirst().orElse(null);
    }
}
