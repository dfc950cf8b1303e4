package tandem.identity.internal;

import java.time.Clock;
import java.time.Duration;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

/** The shared session store in PostgreSQL (decision 0008) and its clean-up of ended sessions. */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionStoreConfig {

    @Bean
    PostgresSessionStore sessionRepository(JdbcClient jdbc, PlatformTransactionManager transactions,
            @Value("${spring.session.timeout:30m}") Duration timeout) {
        return new PostgresSessionStore(jdbc, new TransactionTemplate(transactions), timeout, Clock.systemUTC(),
                SessionStoreConfig.class.getClassLoader());
    }

    /** Runs around the session filter, so the store forgets the session it saved once a request is over. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> sessionStoreRequestEnd() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                PostgresSessionStore.forgetSaved();
                try {
                    chain.doFilter(request, response);
                } finally {
                    PostgresSessionStore.forgetSaved();
                }
            }
        });
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    @Bean
    ExpiredSessionCleaner expiredSessionCleaner(PostgresSessionStore store) {
        return new ExpiredSessionCleaner(store);
    }

    static final class ExpiredSessionCleaner {
        private final PostgresSessionStore store;

        ExpiredSessionCleaner(PostgresSessionStore store) {
            this.store = store;
        }

        @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
        void deleteExpired() {
            store.deleteExpired();
        }
    }
}
