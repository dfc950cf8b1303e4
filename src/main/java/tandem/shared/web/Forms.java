package tandem.shared.web;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.validation.BindingResult;

import tandem.shared.FieldProblem;
import tandem.shared.error.ConflictException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.RuleRefusedException;

/**
 * The one place where a module's refusal of a submitted form becomes field errors. A controller binds
 * its form record with {@code @Valid @ModelAttribute}, then hands the module call to {@link #attempt}:
 * bad input, a conflict (a stale version, a duplicate) or a refused rule are added to the form's
 * {@link BindingResult} against the field they name, and the controller shows the form again. Nothing
 * else is caught: a real failure stays a failure.
 */
public final class Forms {

    private Forms() {
    }

    /**
     * Runs {@code action} unless the form already has errors; its result, or empty when the form has
     * errors or the module refused it (the errors are then on the form).
     */
    public static <T> Optional<T> attempt(BindingResult form, Supplier<T> action) {
        Object[] result = new Object[1];
        Runnable run = () -> result[0] = Objects.requireNonNull(action.get(), "the action's result");
        if (!attempt(form, run)) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return Optional.of(value);
    }

    /** As {@link #attempt(BindingResult, Supplier)} for an action with no result: true when it was done. */
    public static boolean attempt(BindingResult form, Runnable action) {
        if (form.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> reject(form, p));
        } catch (ConflictException e) {
            reject(form, e.problem());
        } catch (RuleRefusedException e) {
            reject(form, e.problem());
        }
        return false;
    }

    private static void reject(BindingResult form, FieldProblem p) {
        if (p.field() != null && form.getTarget() != null && hasProperty(form, p.field())) {
            form.rejectValue(p.field(), "refused", p.message());
        } else {
            // a field the form does not have (a rule about the whole thing): shown in the summary
            form.reject("refused." + p.field(), p.message());
        }
    }

    private static boolean hasProperty(BindingResult form, String field) {
        try {
            return form.getFieldType(field) != null;
        } catch (RuntimeException e) {
            return false; // not a property of the form record
        }
    }

}
