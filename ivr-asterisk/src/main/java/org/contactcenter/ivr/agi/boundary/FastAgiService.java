package org.contactcenter.ivr.agi.boundary;

import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;

import org.asteriskjava.fastagi.AgiScript;
import org.asteriskjava.fastagi.SimpleMappingStrategy;
import org.contactcenter.ivr.agi.control.ManagedAgiServer;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the FastAGI server with the application and stops it with the application. Configuration:
 * {@code cc.agi.enabled}, {@code cc.agi.port} (4573), {@code cc.agi.bind-address}, {@code cc.agi.pool-size}.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FastAgiService {
    private static final Logger LOG = Logger.getLogger(FastAgiService.class.getName());

    @Inject
    @ConfigProperty(name = "cc.agi.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    @ConfigProperty(name = "cc.agi.port", defaultValue = "4573")
    int port;
    @Inject
    @ConfigProperty(name = "cc.agi.bind-address", defaultValue = "0.0.0.0")
    String bindAddress;
    @Inject
    @ConfigProperty(name = "cc.agi.pool-size", defaultValue = "20")
    int poolSize;
    @Resource
    ManagedThreadFactory threads;
    @EJB
    PhoneNumbers phoneNumbers;

    private ManagedAgiServer server;
    private volatile boolean listening;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("FastAGI server disabled (cc.agi.enabled=false)");
            return;
        }
        SimpleMappingStrategy mappings = new SimpleMappingStrategy();
        mappings.setMappings(Map.<String, AgiScript>of("inbound", new InboundAgiScript(phoneNumbers)));
        server = new ManagedAgiServer(mappings, threads, poolSize);
        server.setPort(port);
        try {
            server.setAddress(InetAddress.getByName(bindAddress));
        } catch (IOException e) {
            LOG.log(Level.SEVERE, "Bad cc.agi.bind-address " + bindAddress + "; FastAGI server not started", e);
            return;
        }
        try {
            server.bind();
        } catch (IOException e) {
            // one clear line, no stack trace: the usual cause is a second center (or another FastAGI server) on the port
            LOG.severe(() -> "FastAGI cannot listen on " + bindAddress + ":" + port + " (" + e.getMessage() + "): calls cannot"
                    + " reach this center and /health stays DOWN. Free the port or choose another with cc.agi.port"
                    + " (CC_AGI_PORT), or switch FastAGI off with cc.agi.enabled=false.");
            return;
        }
        listening = true;
        LOG.info(() -> "FastAGI server listening on " + bindAddress + ":" + port);
        Thread acceptor = threads.newThread(this::serve);
        acceptor.setName("fastagi-acceptor");
        acceptor.start();
    }

    private void serve() {
        try {
            server.startup();
        } catch (IOException | IllegalStateException e) {
            LOG.log(Level.SEVERE, "FastAGI server on port " + port + " stopped", e);
        } finally {
            listening = false;
        }
    }

    /** True while the server accepts calls (or when it is disabled on purpose). */
    public boolean healthy() {
        return !enabled || listening;
    }

    @PreDestroy
    void stop() {
        if (server != null) {
            try {
                server.shutdown();
            } catch (IllegalStateException e) {
                LOG.log(Level.FINE, "FastAGI server was not running", e);
            }
        }
    }
}
