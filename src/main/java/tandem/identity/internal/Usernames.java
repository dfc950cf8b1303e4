package tandem.identity.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one form of a typed username that both the account lookup and the sign-in throttle use, so that
 * no spelling of a name (capitals, full-width letters, a Kelvin sign for a K, spaces around it) is a
 * different name to one of them: trimmed, NFKC-normalised and case-folded (upper-casing then
 * lower-casing in the root locale folds ß to ss and the like, as Unicode's full case folding does).
 */
final class Usernames {

    private Usernames() {
    }

    static String key(String typed) {
        if (typed == null) {
            return "";
        }
        String normalised = Normalizer.normalize(typed.strip(), Normalizer.Form.NFKC);
        return normalised.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }
}
