package tandem.shared.web;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tandem.shared.TandemClock;

@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    TandemClock tandemClock(@Value("${tandem.organisation-time-zone:Europe/London}") String zone) {
        return new TandemClock(Clock.system(ZoneId.of(zone)));
    }
}
