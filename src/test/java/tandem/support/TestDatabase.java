package tandem.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import tandem.shared.db.ModuleMigrations;

/**
 * One embedded PostgreSQL per test JVM. A template database is migrated once with the
 * application's own migration code; each test context gets a fresh copy of it
 * ({@code CREATE DATABASE … TEMPLATE …}), so test classes never see each other's data.
 */
public final class TestDatabase {

    private static final String TEMPLATE = "tandem_template";
    private static final AtomicInteger COUNTER = new AtomicInteger();
    private static EmbeddedPostgres postgres;

    private TestDatabase() {
    }

    /** A new, migrated, empty database; returns its JDBC URL. */
    public static synchronized String newDatabase() {
        EmbeddedPostgres pg = server();
        String name = "tandem_test_" + COUNTER.incrementAndGet();
        execute(pg.getPostgresDatabase(), "CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return pg.getJdbcUrl("postgres", name);
    }

    private static EmbeddedPostgres server() {
        if (postgres == null) {
            try {
                postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off").start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            execute(postgres.getPostgresDatabase(), "CREATE DATABASE " + TEMPLATE);
            ModuleMigrations.migrate(postgres.getDatabase("postgres", TEMPLATE));
        }
        return postgres;
    }

    /** A data source on a database of the test server (for tests that work below Spring). */
    public static DataSource dataSource(String jdbcUrl) {
        org.postgresql.ds.PGSimpleDataSource ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setUrl(jdbcUrl);
        ds.setUser("postgres");
        return ds;
    }

    private static void execute(DataSource ds, String sql) {
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
