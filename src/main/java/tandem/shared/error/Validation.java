package tandem.shared.error;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import tandem.shared.FieldProblem;

/** Collects field problems for a form or request, then throws them all at once. */
public final class Validation {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final List<FieldProblem> problems = new ArrayList<>();

    public Validation required(String field, String value, String label, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "Enter " + label));
        } else {
            maxLength(field, value, label, max);
        }
        return this;
    }

    public Validation maxLength(String field, String value, String label, int max) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, capitalise(label) + " must be " + max + " characters or fewer"));
        }
        return this;
    }

    public Validation email(String field, String value) {
        if (value != null && !value.isBlank()) {
            if (value.length() > 254 || !EMAIL.matcher(value.trim()).matches()) {
                problems.add(new FieldProblem(field, "Enter an email address in the right format, like name@example.org"));
            }
        }
        return this;
    }

    /** Parses an optional ISO date (yyyy-mm-dd); a real date in the past or today. */
    public LocalDate pastDate(String field, String value, String label, LocalDate today) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.trim());
            if (date.isAfter(today)) {
                problems.add(new FieldProblem(field, capitalise(label) + " must be today or in the past"));
            } else if (date.isBefore(LocalDate.of(1900, 1, 1))) {
                problems.add(new FieldProblem(field, capitalise(label) + " must be after 1900"));
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, capitalise(label) + " must be a real date, like 1990-03-27"));
            return null;
        }
    }

    public LocalDate date(String field, String value, String label, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, "Enter " + label));
            }
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, capitalise(label) + " must be a real date, like 2026-03-27"));
            return null;
        }
    }

    public Validation add(String field, String message) {
        problems.add(new FieldProblem(field, message));
        return this;
    }

    public Validation check(boolean ok, String field, String message) {
        if (!ok) {
            add(field, message);
        }
        return this;
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public List<FieldProblem> problems() {
        return List.copyOf(problems);
    }

    public void throwIfInvalid() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    public static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
