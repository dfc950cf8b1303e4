package tandem.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

import tandem.shared.TandemClock;

/** Signing in with a username and password: the account lookup, behind the throttle. */
@Configuration(proxyBeanMethods = false)
class SignInConfig {

    @Bean
    LoginThrottle loginThrottle(AccountUserDetailsService users, PasswordEncoder encoder, SignInFailures failures,
            TrustedDevices devices, AccountRepository accounts, TandemClock clock) {
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        return new LoginThrottle(dao, failures, devices, accounts, clock);
    }
}
