package tandem.change.web;

import java.util.List;

import tandem.change.Stages.Stage;

/** Stage names and places on the scale, for the change pages. */
public final class ChangeWords {

    private ChangeWords() {
    }

    public static String label(List<Stage> stages, String code) {
        for (Stage s : stages) {
            if (s.code().equals(code)) {
                return s.label();
            }
        }
        return code == null ? "" : code;
    }

    public static int rank(List<Stage> stages, String code) {
        for (Stage s : stages) {
            if (s.code().equals(code)) {
                return s.rank();
            }
        }
        return 0;
    }
}
