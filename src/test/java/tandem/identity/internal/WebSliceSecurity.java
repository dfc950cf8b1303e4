package tandem.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import org.mockito.Mockito;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import tandem.identity.CurrentUser;

/**
 * Tandem's own Spring Security set-up for a web slice ({@code @WebMvcTest}): the real filter chain
 * (CSRF, the login page for pages and 401 for the API, headers) and the real {@code CurrentUsers}, with
 * sign-in itself (the password check and its throttle, and single sign-on, which is not configured) left out, since a slice signs its user in
 * directly with {@link #signedInAs}. Use it as {@code @Import(WebSliceSecurity.class)}.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfig.class, SecurityContextUsers.class, SingleSignOnSecurity.class, OidcSettings.class, LazyClientRegistrations.class,
        ClientKeys.class, SingleSignOnFailures.class})
public class WebSliceSecurity {

    @Bean
    LoginThrottle loginThrottle() {
        return Mockito.mock(LoginThrottle.class); // not called: slices do not sign in through the form
    }

    @Bean
    SignInHandlers signInHandlers() {
        return Mockito.mock(SignInHandlers.class);
    }

    @Bean
    SingleSignOnService singleSignOnService() {
        return Mockito.mock(SingleSignOnService.class); // single sign-on is not configured in a slice, so never called
    }

    /** The request is made by this user, signed in completely (as after the password and any second factor). */
    public static RequestPostProcessor signedInAs(CurrentUser user) {
        TandemUserDetails details = new TandemUserDetails(user, null, true, false);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }
}
