package tandem.identity.internal;

import java.io.IOException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tandem.identity.SingleSignOn.Problem;

/**
 * Spring Security's OpenID Connect sign-in failed (the state, the provider, the token response or the ID
 * token): the page for the kind of failure, its words fixed, never the exception's; logged to the security log.
 */
@Component
class SingleSignOnFailures implements AuthenticationFailureHandler {

    private static final Logger security = LoggerFactory.getLogger("tandem.security");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String code = exception instanceof OAuth2AuthenticationException o ? o.getError().getErrorCode()
                : exception.getCause() instanceof OAuth2AuthenticationException o2 ? o2.getError().getErrorCode() : "";
        Problem problem = switch (code) {
            case LazyClientRegistrations.UNAVAILABLE, "invalid_token_response", "invalid_user_info_response" -> Problem.UNAVAILABLE;
            case "authorization_request_not_found", "invalid_state_parameter", "invalid_redirect_uri_parameter",
                    "client_registration_not_found" -> Problem.BAD_REQUEST;
            case "invalid_id_token", "invalid_nonce", "missing_signature_verifier", "invalid_user_name_attribute" -> Problem.BAD_TOKEN;
            case "access_denied", "login_required", "consent_required", "interaction_required" -> Problem.CANCELLED;
            default -> exception.getClass().getSimpleName().equals("OAuth2AuthorizationRequestException")
                    && !(exception.getCause() instanceof IllegalArgumentException) ? Problem.UNAVAILABLE : Problem.BAD_REQUEST;
        };
        security.info("Single sign-on refused from {}: {} ({})", request.getRemoteAddr(), problem.name().toLowerCase().replace('_', ' '),
                code.isEmpty() ? exception.getClass().getSimpleName() : code);
        SsoSignIns.problem(request, response, problem);
    }
}
