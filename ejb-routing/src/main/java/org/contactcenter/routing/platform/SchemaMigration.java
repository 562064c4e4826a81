package org.contactcenter.routing.platform;

import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

import org.contactcenter.routing.metrics.control.Rollups;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date at start-up with Flyway (scripts in db/migration, portable between H2 and
 * PostgreSQL), before anything else touches the database. A failed migration fails the deployment.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .table("cc_schema_history")
                .load()
                .migrate();
        LOG.info(() -> "Database schema at version " + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " (" + result.migrationsExecuted + " migrations applied now)");
        fillRollups();
    }

    /**
     * Fills the metrics' quarter-hour rollups from the ended records when they are not marked filled (after V17, or
     * after {@code delete from cc_metrics_rollup_fill}): in one transaction, before the routing journal writes
     * (the routing engine starts after this bean). Idempotent; until it is done the historical query reads every record.
     */
    private void fillRollups() {
        try (java.sql.Connection c = dataSource.getConnection()) {
            if (!Rollups.filled(c)) {
                long started = System.nanoTime();
                long records = Rollups.fill(c, java.time.Instant.now());
                LOG.info(() -> "Metrics rollups filled from " + records + " ended contact records in "
                        + java.time.Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the metrics rollups could not be filled: " + e.getMessage(), e);
        }
    }
}
