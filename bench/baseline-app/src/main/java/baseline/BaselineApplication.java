package baseline;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Nothing but the stack: embedded PostgreSQL, Spring MVC, Security, JDBC, Flyway, actuator. */
@SpringBootApplication
public class BaselineApplication {
    public static void main(String[] args) throws Exception {
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(System.getenv().getOrDefault("TANDEM_DATA_DIR", "./data"), "postgres"))
                .setCleanDataDirectory(false).start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (Exception ignored) {
                // stopping anyway
            }
        }));
        SpringApplication app = new SpringApplication(BaselineApplication.class);
        app.setDefaultProperties(Map.of("spring.datasource.url", pg.getJdbcUrl("postgres", "postgres"),
                "spring.datasource.username", "postgres", "management.endpoints.web.exposure.include", "health"));
        app.run(args);
    }
}
