package tandem.shared.error;

/** Something that existed is no longer usable (a used or expired single-use link): 410. */
public class GoneException extends RuntimeException {
    public GoneException(String what) {
        super(what + " is gone");
    }
}
