package tandem.shared.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

import tandem.shared.FieldProblem;

/** Problems with a submitted form, for the error summary and the fields. */
public record FormErrors(List<FieldProblem> problems) {

    public static final FormErrors NONE = new FormErrors(List.of());

    /**
     * The errors of a bound form record: each field error under its field, and errors about the whole
     * form under the field its rule named (or {@code form}), in the order they were found.
     */
    public static FormErrors of(BindingResult binding) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ObjectError e : binding.getAllErrors()) {
            String field = e instanceof FieldError f ? f.getField()
                    : e.getCode() != null && e.getCode().startsWith("refused.") ? e.getCode().substring("refused.".length()) : "form";
            // a value that could not be bound (text in a number field) carries the binder's technical message
            String message = e instanceof FieldError f && f.isBindingFailure() ? "Check this: it is not in a form we can read" : e.getDefaultMessage();
            problems.add(new FieldProblem(field, message));
        }
        return new FormErrors(problems);
    }

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
