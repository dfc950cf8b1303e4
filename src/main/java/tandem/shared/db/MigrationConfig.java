package tandem.shared.db;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class MigrationConfig {

    @Bean
    FlywayMigrationStrategy moduleMigrations() {
        return ModuleMigrations::migrate;
    }
}
