package tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tandem.shared.FieldProblem;

class PasswordPolicyTest {

    @Test
    void staffNeedTwelveCharactersOthersEight() {
        assertThat(PasswordPolicy.check("password", "eleven char", true, "sam")).extracting(FieldProblem::message)
                .containsExactly("Password must be at least 12 characters");
        assertThat(PasswordPolicy.check("password", "kettle ribbon", true, "sam")).isEmpty();
        assertThat(PasswordPolicy.check("password", "short", false, "alex")).extracting(FieldProblem::message)
                .containsExactly("Password must be at least 8 characters");
        assertThat(PasswordPolicy.check("password", "blue otter", false, "alex")).isEmpty();
    }

    @Test
    void refusesCommonAndRepetitivePasswordsWhateverTheirLength() {
        assertThat(PasswordPolicy.check("password", "Password1234", true, "sam")).extracting(FieldProblem::message)
                .containsExactly("Password is too common. Try three random words");
        assertThat(PasswordPolicy.check("password", "aaaaaaaaaaaaaaaa", true, "sam")).extracting(FieldProblem::message)
                .containsExactly("Password is too common. Try three random words");
        assertThat(PasswordPolicy.check("password", "abababababababab", true, "sam")).as("two characters repeated")
                .extracting(FieldProblem::message).containsExactly("Password is too common. Try three random words");
    }

    @Test
    void refusesAPasswordContainingTheUsernameButNeedsNoSymbols() {
        assertThat(PasswordPolicy.check("password", "samuel-the-great", true, "samuel")).extracting(FieldProblem::message)
                .containsExactly("Password must not contain the username");
        assertThat(PasswordPolicy.check("password", "the-great-SAMUEL", true, "Samuel")).as("in any case")
                .extracting(FieldProblem::message).containsExactly("Password must not contain the username");
        assertThat(PasswordPolicy.check("password", "correct pony staple", true, "sam")).isEmpty();
    }

    @Test
    void refusesOverLongPasswords() {
        assertThat(PasswordPolicy.check("password", "x".repeat(60) + "y".repeat(80), true, "sam")).extracting(FieldProblem::message)
                .containsExactly("Password must be " + PasswordPolicy.MAX + " characters or fewer");
        assertThat(PasswordPolicy.check("password", "", true, "sam")).extracting(FieldProblem::field, FieldProblem::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("password", "Enter a password"));
    }
}
