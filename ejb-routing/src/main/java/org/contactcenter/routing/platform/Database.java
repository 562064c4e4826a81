package org.contactcenter.routing.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The application's one datasource. Its driver, URL and credentials come from MicroProfile Config
 * ({@code cc.db.class}, {@code cc.db.url}, {@code cc.db.user}, {@code cc.db.password}; defaults in
 * META-INF/microprofile-config.properties: an H2 file in ./data), so PostgreSQL is a matter of configuration.
 */
@Singleton
@Startup
@Lock(LockType.READ)
@DataSourceDefinition(
        name = Database.JNDI_NAME,
        className = "${MPCONFIG=cc.db.class}",
        url = "${MPCONFIG=cc.db.url}",
        user = "${MPCONFIG=cc.db.user}",
        password = "${MPCONFIG=cc.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32)
public class Database {
    public static final String JNDI_NAME = "java:app/jdbc/cc";

    @PersistenceContext
    EntityManager em;

    /** Answers a trivial query through the application's persistence unit; throws when the database does not. */
    public boolean reachable() {
        return em.createNativeQuery("select 1").getSingleResult() != null;
    }
}
