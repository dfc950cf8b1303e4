package tandem.identity;

import java.time.Instant;
import java.util.List;

/** An app a person or worker has let in: its client id, name, what it may do and when it was last let in. */
public record ConnectedApp(String clientId, String name, List<String> scopes, Instant since) {
}
