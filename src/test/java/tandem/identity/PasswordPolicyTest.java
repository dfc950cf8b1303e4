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
        assertThat(PasswordPolicy.check("password", "short", false, "alex")).isNotEmpty();
        assertThat(PasswordPolicy.check("password", "blue otter", false, "alex")).isEmpty();
    }

    @Test
    void refusesCommonAndRepetitivePasswordsWhateverTheirLength() {
        assertThat(PasswordPolicy.check("password", "Password1234", true, "sam")).extracting(FieldProblem::message)
                .containsExactly("Password is too common. Try three random words");
        assertThat(PasswordPolicy.check("password", "aaaaaaaaaaaaaaaa", true, "sam")).isNotEmpty();
    }

    @Test
    void refusesAPasswordContainingTheUsernameButNeedsNoSymbols() {
        assertThat(PasswordPolicy.check("password", "samuel-the-great", true, "samuel")).isNotEmpty();
        assertThat(PasswordPolicy.check("password", "correct pony staple", true, "sam")).isEmpty();
    }

    @Test
    void refusesOverLongPasswords() {
        assertThat(PasswordPolicy.check("password", "x".repeat(60) + "y".repeat(80), true, "sam")).isNotEmpty();
    }
}
