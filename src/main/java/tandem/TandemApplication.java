package tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

import tandem.shared.db.EmbeddedPostgresStarter;

/**
 * Tandem: a recovery-oriented practice platform. Each direct sub-package is a Spring Modulith
 * application module.
 */
@SpringBootApplication
@EnableScheduling
public class TandemApplication {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(TandemApplication.class);
        // Starts an embedded PostgreSQL unless SPRING_DATASOURCE_URL points at a server.
        app.addListeners(new EmbeddedPostgresStarter());
        app.run(args);
    }
}
