package tandem.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;
import static tandem.support.Theories.qt;

import org.junit.jupiter.api.Test;

class NhsNumberTest {

    @Test
    void acceptsATenDigitNumberWhoseLastDigitIsTheModulus11CheckOfTheOthers() {
        assertThat(NhsNumber.valid("9434765919")).isTrue();
        assertThat(NhsNumber.parse("943 476 5919")).map(NhsNumber::digits).contains("9434765919");
        assertThat(NhsNumber.parse(" 943-476-5919 ")).map(NhsNumber::digits).contains("9434765919");
        assertThat(new NhsNumber("9434765919").formatted()).isEqualTo("943 476 5919");
    }

    @Test
    void refusesAWrongCheckDigitAWrongLengthAndAnythingButDigits() {
        assertThat(NhsNumber.parse("9434765918")).isEmpty();
        assertThat(NhsNumber.parse("943476591")).isEmpty();
        assertThat(NhsNumber.parse("94347659190")).isEmpty();
        assertThat(NhsNumber.parse("94347659I9")).isEmpty();
        assertThat(NhsNumber.parse("")).isEmpty();
        assertThat(NhsNumber.parse(null)).isEmpty();
        assertThatThrownBy(() -> new NhsNumber("9434765918")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aCheckDigitOf11IsZeroAndOf10IsNeverIssued() {
        // 100000001: the weighted sum leaves remainder 1, so the check digit would be 10: no such number
        assertThat(NhsNumber.withCheckDigit("100000001")).isEmpty();
        for (int d = 0; d <= 9; d++) {
            assertThat(NhsNumber.valid("100000001" + d)).as("100000001" + d).isFalse();
        }
        // 000000000: the sum is 0, 11 - 0 = 11, which is written 0
        assertThat(NhsNumber.withCheckDigit("000000000")).map(NhsNumber::digits).contains("0000000000");
    }

    @Test
    void everySingleMistypedDigitIsCaught() {
        qt().forAll(integers().between(0, 999_999_999), integers().between(0, 9), integers().between(1, 9))
                .checkAssert((nine, position, shift) -> {
                    String prefix = String.format("%09d", nine);
                    NhsNumber.withCheckDigit(prefix).ifPresent(n -> {
                        char[] typed = n.digits().toCharArray();
                        typed[position] = (char) ('0' + (typed[position] - '0' + shift) % 10);
                        assertThat(NhsNumber.valid(new String(typed))).as(n.digits() + " mistyped as " + new String(typed)).isFalse();
                    });
                });
    }
}
