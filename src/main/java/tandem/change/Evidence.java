package tandem.change;

import java.util.UUID;

import tandem.identity.CurrentUser;

/** The evidence files kept with self-assessments (they are added with {@link Assessments#assess}). */
public interface Evidence {

    /** The largest evidence file taken, in bytes (2 MB). */
    int FILE_MAX = 2 * 1024 * 1024;

    /** A file as it is downloaded: its (cleaned) name, its type as found from its content, and its bytes. */
    record Download(String filename, String contentType, byte[] bytes) {
    }

    /**
     * A file of an assessment of the caller's organisation. Service lead only; a file of another
     * organisation, or one that does not exist, is {@code NotFoundException}.
     */
    Download download(CurrentUser lead, UUID fileId);
}
