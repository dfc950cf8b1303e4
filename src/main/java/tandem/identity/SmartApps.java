package tandem.identity;

import java.util.List;

import tandem.shared.error.ConflictException;
import tandem.shared.error.ForbiddenException;
import tandem.shared.error.InvalidInputException;

/**
 * Apps that people and workers use with their own Tandem sign-in (SMART App Launch, standalone launch): the
 * authorization-code grant with PKCE at {@code /oauth2/authorize} and {@code /oauth2/token}. An administrator
 * registers an app for their organisation; each person or worker then agrees, on a consent page, to what it may
 * do. A token for a person is limited to their own record ({@code patient/} scopes); a token for a worker acts
 * as that worker, seeing no more than they may ({@code user/} scopes). Stopping an app, ending the account's
 * sessions, or disabling the account ends its tokens at once.
 *
 * <p>Registration is for administrators ({@link ForbiddenException} otherwise); an app is enabled and disabled
 * with {@link ApiClients#setEnabled}.
 */
public interface SmartApps {

    /** The scopes for a person's own record. */
    List<String> PATIENT_SCOPES = List.of("patient/Patient.read", "patient/QuestionnaireResponse.read",
            "patient/QuestionnaireResponse.write", "patient/Observation.read");

    /** The scopes for a worker, acting as themself. */
    List<String> USER_SCOPES = List.of("user/Patient.read", "user/Questionnaire.read", "user/QuestionnaireResponse.read",
            "user/QuestionnaireResponse.write", "user/Observation.read", "user/Observation.write");

    /** Context and identity scopes any app may ask for. */
    List<String> LAUNCH_SCOPES = List.of("openid", "fhirUser", "launch/patient", "offline_access");

    /** Every scope an app may be registered for. */
    List<String> SCOPES = java.util.stream.Stream.of(PATIENT_SCOPES, USER_SCOPES, LAUNCH_SCOPES).flatMap(List::stream).toList();

    /**
     * Registers an app; {@link InvalidInputException} naming {@code name}, {@code redirectUris} or {@code scopes},
     * or {@link ConflictException} when the organisation already has a client or app of that name. The secret is
     * null for a public app. Nothing is stored when it is refused.
     */
    ApiClientSecret register(CurrentUser admin, NewSmartApp app);

    /**
     * What the consent page shows this user for an app asking for these scopes: only the scopes they may give;
     * empty when the app is not a registered, enabled app.
     */
    java.util.Optional<AppConsentRequest> consentRequest(CurrentUser user, String clientId, java.util.Collection<String> scopes);

    /** The apps a person or worker has let in and not stopped, by name. */
    List<ConnectedApp> connected(CurrentUser user);

    /** Stops an app for this account: its access and refresh tokens end at once, and it must ask again. */
    void disconnect(CurrentUser user, String clientId);
}
