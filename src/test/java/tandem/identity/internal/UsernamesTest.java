package tandem.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UsernamesTest {

    @Test
    void everySpellingOfANameFoldsToOneKey() {
        assertThat(Usernames.key(" Sam.Jones ")).isEqualTo("sam.jones");
        assertThat(Usernames.key("\uFF53\uFF41\uFF4D")).as("full-width letters").isEqualTo("sam");
        assertThat(Usernames.key("\u212Aim")).as("a Kelvin sign for the K").isEqualTo("kim");
        assertThat(Usernames.key("stra\u00DFe")).as("sharp s folds to ss").isEqualTo("strasse");
        assertThat(Usernames.key("STRASSE")).isEqualTo(Usernames.key("stra\u00DFe"));
        assertThat(Usernames.key(null)).isEmpty();
    }

    @Test
    void foldingDoesNotDependOnTheMachinesLocale() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.forLanguageTag("tr"));
            assertThat(Usernames.key("ADMIN")).isEqualTo("admin");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
