package tandem.people;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A person's NHS number: ten digits whose last is the modulus 11 check digit of the first nine
 * (NHS Digital's NHS number standard). Kept as the ten digits; shown in the 3-3-4 groups people
 * know from their letters ({@link #formatted()}).
 */
public record NhsNumber(@JsonValue String digits) {

    public NhsNumber {
        if (!valid(digits)) {
            throw new IllegalArgumentException("Not a valid NHS number");
        }
    }

    /**
     * The number in a text as people write it (spaces or hyphens between the groups allowed), or empty
     * when the text is not ten digits with the right check digit.
     */
    public static Optional<NhsNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = text.strip().replaceAll("[\\s-]", "");
        return valid(digits) ? Optional.of(new NhsNumber(digits)) : Optional.empty();
    }

    /**
     * The number made of these nine digits and their check digit, or empty when no number can be made
     * of them (their check digit would be 10). Tandem's demo data and tests use the range starting 999,
     * which the NHS never issues.
     */
    public static Optional<NhsNumber> withCheckDigit(String nineDigits) {
        for (int d = 0; d <= 9; d++) {
            if (valid(nineDigits + d)) {
                return Optional.of(new NhsNumber(nineDigits + d));
            }
        }
        return Optional.empty();
    }

    /** True for ten digits whose tenth is the modulus 11 check digit of the first nine (a remainder giving 10 is never issued). */
    public static boolean valid(String digits) {
        if (digits == null || digits.length() != 10 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    /** The number as "943 476 5919". */
    public String formatted() {
        return digits.substring(0, 3) + " " + digits.substring(3, 6) + " " + digits.substring(6);
    }

    @Override
    public String toString() {
        return digits;
    }
}
