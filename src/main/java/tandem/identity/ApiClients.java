package tandem.identity;

import java.util.List;

import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;
import tandem.shared.error.NotFoundException;

/**
 * Other systems that call Tandem's API with short-lived tokens (OAuth 2.0 client credentials at
 * {@code POST /oauth2/token}). An administrator registers a client for their organisation with the
 * SMART scopes it may ask for and, optionally, the addresses it may call from. The secret is shown
 * once, when the client is registered or its secret is rotated, and is stored only as a hash.
 * Disabling a client or rotating its secret ends its tokens at once.
 *
 * <p>Every method is for administrators ({@link ForbiddenException} otherwise) and sees only the
 * clients of the administrator's organisation (another organisation's client is
 * {@link NotFoundException}).
 */
public interface ApiClients {

    /** The scopes a client may be given (SMART on FHIR "system" scopes). */
    List<String> SCOPES = List.of("system/Patient.read", "system/Questionnaire.read", "system/QuestionnaireResponse.read",
            "system/QuestionnaireResponse.write", "system/Observation.read", "system/Observation.write");

    /** The most addresses on one client's allow-list. */
    int MAX_ADDRESSES = 20;

    /**
     * Registers a client; {@link InvalidInputException} naming {@code name}, {@code scopes} or
     * {@code allowedAddresses}, or {@link ConflictException} when the organisation already has a client
     * of that name. Nothing is stored when it is refused.
     */
    ApiClientSecret register(CurrentUser admin, NewApiClient client);

    /** The organisation's clients, by name. */
    List<ApiClientView> list(CurrentUser admin);

    /** Stops a client (its tokens end at once) or lets it ask for tokens again. */
    void setEnabled(CurrentUser admin, String clientId, boolean enabled);

    /** A new secret for the client: the old one and every token issued with it stop working at once. */
    ApiClientSecret rotateSecret(CurrentUser admin, String clientId);
}
