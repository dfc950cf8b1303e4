package tandem.shared.error;

/** The caller may see the thing but not do this with it: 403. Never use it to hide existence. */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String message) {
        super(message);
    }
}
