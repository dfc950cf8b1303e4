package tandem.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts an embedded PostgreSQL (real server binaries) when no {@code spring.datasource.url}
 * is configured. Data lives under {@code $TANDEM_DATA_DIR/postgres} (default {@code ./data}) and
 * survives restarts; the server is stopped when the application context closes.
 */
public class EmbeddedPostgresStarter implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresStarter.class);

    private EmbeddedPostgres postgres;

    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
            start(prepared.getEnvironment());
        } else if (event instanceof ApplicationPreparedEvent prepared && postgres != null
                && prepared.getApplicationContext() instanceof GenericApplicationContext context) {
            // Registered first, so it is destroyed last: after the connection pool has closed.
            EmbeddedPostgres server = postgres;
            context.registerBean("embeddedPostgres", EmbeddedPostgres.class, () -> server,
                    definition -> definition.setDestroyMethodName("close"));
        } else if (event instanceof ApplicationFailedEvent) {
            stopQuietly();
        }
    }

    private void start(ConfigurableEnvironment env) {
        if (StringUtils.hasText(env.getProperty("spring.datasource.url")) || postgres != null) {
            return;
        }
        Path dataDir = Path.of(env.getProperty("tandem.data-dir", "./data")).toAbsolutePath().normalize();
        Path pgDir = dataDir.resolve("postgres");
        try {
            Files.createDirectories(dataDir);
            long started = System.nanoTime();
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(pgDir)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky starts with fsync off for tests; Tandem's data must be durable
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL ready on port {} in {} ms (data: {})", postgres.getPort(),
                    (System.nanoTime() - started) / 1_000_000, pgDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + pgDir, e);
        }
        String url = postgres.getJdbcUrl("postgres", "postgres");
        env.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", "postgres",
                "spring.datasource.password", "")));
    }

    private void stopQuietly() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            postgres = null;
        }
    }
}
