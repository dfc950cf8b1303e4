package tandem.shared.error;

/**
 * Something does not exist, or the caller may not know that it does: both answer 404.
 * Modules subclass it; the message is for logs, never shown to the user.
 */
public class NotFoundException extends RuntimeException {
    public NotFoundException(String what) {
        super(what + " not found");
    }
}
