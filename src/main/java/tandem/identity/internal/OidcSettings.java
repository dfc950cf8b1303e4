package tandem.identity.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The two OpenID Connect client registrations, read from properties (environment variables
 * TANDEM_OIDC_STAFF_* and TANDEM_OIDC_PERSON_*). A registration is on only when its issuer is set.
 */
@Component
class OidcSettings {

    static final String STAFF = "staff";
    static final String PERSON = "person";

    /** One client registration as configured. {@code key} is a path to a JWK or PKCS#8 PEM file (private_key_jwt). */
    record Client(String registrationId, String issuer, String clientId, String clientSecret, String key, Set<String> scopes,
            String vtr) {

        boolean privateKeyJwt() {
            return key != null && !key.isBlank();
        }
    }

    private final Optional<Client> staff;
    private final Optional<Client> person;
    private final String staffIdClaim;
    private final int reviewAfterDays;

    OidcSettings(@Value("${tandem.oidc.staff.issuer:}") String staffIssuer, @Value("${tandem.oidc.staff.client-id:}") String staffClient,
            @Value("${tandem.oidc.staff.client-secret:}") String staffSecret, @Value("${tandem.oidc.staff.key:}") String staffKey,
            @Value("${tandem.oidc.staff.scopes:openid,email,profile}") String staffScopes,
            @Value("${tandem.oidc.staff.id-claim:}") String staffIdClaim,
            @Value("${tandem.oidc.person.issuer:}") String personIssuer, @Value("${tandem.oidc.person.client-id:}") String personClient,
            @Value("${tandem.oidc.person.client-secret:}") String personSecret, @Value("${tandem.oidc.person.key:}") String personKey,
            @Value("${tandem.oidc.person.scopes:openid,profile,nhs_number,birthdate}") String personScopes,
            @Value("${tandem.oidc.person.vtr:}") String vtr,
            @Value("${tandem.oidc.staff.review-after-days:90}") int reviewAfterDays) {
        this.staff = client(STAFF, staffIssuer, staffClient, staffSecret, staffKey, staffScopes, null);
        this.person = client(PERSON, personIssuer, personClient, personSecret, personKey, personScopes, vtr);
        this.staffIdClaim = staffIdClaim == null || staffIdClaim.isBlank() ? null : staffIdClaim.strip();
        this.reviewAfterDays = Math.max(1, reviewAfterDays);
    }

    private static Optional<Client> client(String id, String issuer, String clientId, String secret, String key, String scopes,
            String vtr) {
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        Set<String> scopeSet = new LinkedHashSet<>();
        scopeSet.add("openid");
        Arrays.stream(scopes.split("[,\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).forEach(scopeSet::add);
        return Optional.of(new Client(id, issuer.strip(), clientId == null ? "" : clientId.strip(), blankToNull(secret),
                blankToNull(key), Set.copyOf(scopeSet), blankToNull(vtr)));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    Optional<Client> staff() {
        return staff;
    }

    Optional<Client> person() {
        return person;
    }

    Optional<Client> byRegistrationId(String id) {
        return STAFF.equals(id) ? staff : PERSON.equals(id) ? person : Optional.empty();
    }

    boolean anyConfigured() {
        return staff.isPresent() || person.isPresent();
    }

    /** A claim whose value is a Tandem username, for providers that send a staff identifier rather than a verified e-mail. */
    Optional<String> staffIdClaim() {
        return Optional.ofNullable(staffIdClaim);
    }

    int reviewAfterDays() {
        return reviewAfterDays;
    }
}
