package tandem.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tandem.shared.FieldProblem;

/**
 * Password rules after NCSC guidance: length over complexity, no composition rules, a deny-list
 * of common passwords. Staff need at least 12 characters; people and supporters at least 8.
 */
public final class PasswordPolicy {

    public static final int STAFF_MIN = 12;
    public static final int OTHER_MIN = 8;
    public static final int MAX = 128;

    private static final Set<String> DENIED = load();

    private PasswordPolicy() {
    }

    public static List<FieldProblem> check(String field, String password, boolean staff, String username) {
        int min = staff ? STAFF_MIN : OTHER_MIN;
        if (password == null || password.isEmpty()) {
            return List.of(new FieldProblem(field, "Enter a password"));
        }
        if (password.length() < min) {
            return List.of(new FieldProblem(field, "Password must be at least " + min + " characters"));
        }
        if (password.length() > MAX) {
            return List.of(new FieldProblem(field, "Password must be " + MAX + " characters or fewer"));
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (DENIED.contains(lower) || isRepetitive(lower)) {
            return List.of(new FieldProblem(field, "Password is too common. Try three random words"));
        }
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return List.of(new FieldProblem(field, "Password must not contain the username"));
        }
        return List.of();
    }

    private static boolean isRepetitive(String s) {
        return s.chars().distinct().count() <= 2;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (var in = PasswordPolicy.class.getResourceAsStream("/identity/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("identity/common-passwords.txt is missing");
            }
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
