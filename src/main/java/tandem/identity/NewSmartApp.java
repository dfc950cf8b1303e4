package tandem.identity;

import java.util.List;
import java.util.Objects;

/**
 * An app to register: its name (shown to people on the consent page, and in the audit trail as "via &lt;name&gt;"),
 * the addresses it may send people back to after they sign in (exact https URLs, or http on localhost for
 * development), whether it is public (it cannot keep a secret, like a phone or browser app; it proves itself with
 * PKCE alone) and the scopes it may ask for ({@link SmartApps#SCOPES}).
 */
public record NewSmartApp(String name, List<String> redirectUris, boolean publicClient, List<String> scopes) {

    public NewSmartApp {
        redirectUris = redirectUris == null ? List.of()
                : redirectUris.stream().filter(Objects::nonNull).map(String::trim).filter(s -> !s.isEmpty()).toList();
        scopes = scopes == null ? List.of() : scopes.stream().filter(Objects::nonNull).map(String::strip).toList();
    }
}
