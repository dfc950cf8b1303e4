package tandem.shared.error;

/** The caller has done this too often in a short time: 429, with a sentence saying when to try again. */
public class TooManyRequestsException extends RuntimeException {
    public TooManyRequestsException(String message) {
        super(message);
    }
}
