package org.contactcenter.ivr.ami.boundary;

import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;

import org.asteriskjava.manager.AuthenticationFailedException;
import org.asteriskjava.manager.ManagerConnection;
import org.asteriskjava.manager.ManagerConnectionFactory;
import org.asteriskjava.manager.ManagerConnectionState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The AMI connection ({@code cc.ami.host}, {@code cc.ami.port}, {@code cc.ami.username}, {@code cc.ami.secret} — a
 * secret: give it as {@code CC_AMI_SECRET}; never logged). Not configured (no host): no connection, and /health says
 * so. Configured: logged in at start and, while that fails (Asterisk down, a wrong secret: {@code Response: Error}
 * and Asterisk closes the connection), again after 1, 2, 4 … s up to {@code cc.ami.retry-max-seconds}; one clear log
 * line per failure kind. Once logged in, a dropped connection is re-established by asterisk-java and re-checked here
 * every {@code cc.ami.check-seconds}. The center keeps running whatever AMI does; while a configured AMI is not
 * logged in, routing offers no calls (they wait in their places: an agent's phone could not be rung).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AmiService {
    private static final Logger LOG = Logger.getLogger(AmiService.class.getName());

    @Inject
    @ConfigProperty(name = "cc.ami.host")
    Optional<String> host;
    @Inject
    @ConfigProperty(name = "cc.ami.port", defaultValue = "5038")
    int port;
    @Inject
    @ConfigProperty(name = "cc.ami.username", defaultValue = "contact-center")
    String username;
    @Inject
    @ConfigProperty(name = "cc.ami.secret")
    Optional<String> secret;
    @Inject
    @ConfigProperty(name = "cc.ami.retry-max-seconds", defaultValue = "30")
    int retryMaxSeconds;
    @Inject
    @ConfigProperty(name = "cc.ami.check-seconds", defaultValue = "5")
    int checkSeconds;
    @Resource
    ManagedScheduledExecutorService scheduler;
    /** How an asynchronous Originate ended (Asterisk's OriginateResponse: Success or Failure with a reason). */
    @Inject
    jakarta.enterprise.event.Event<org.asteriskjava.manager.event.OriginateResponseEvent> originated;

    @jakarta.ejb.EJB
    org.contactcenter.routing.engine.boundary.RoutingEngine routing;
    /** Logged in (again): what the center knows of the calls' channels is refreshed from Asterisk ({@link ChannelRecovery}). */
    @Inject
    jakarta.enterprise.event.Event<AmiLoggedIn> loggedIn;

    /** The center logged in to AMI (the first time since it started, or again after the connection was lost). */
    public record AmiLoggedIn() {
    }

    private volatile ManagerConnection connection;
    private Boolean voiceOpen;
    private volatile String problem = "not configured (cc.ami.host)";
    private volatile boolean stopped;
    private long backoffMillis = 1000;
    private String lastLogged;
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (host.filter(h -> !h.isBlank()).isEmpty()) {
            LOG.info("AMI not configured (cc.ami.host): calls are played over FastAGI, agent legs need AMI");
            return;
        }
        if (secret.filter(s -> !s.isEmpty()).isEmpty()) {
            problem = "cc.ami.secret is not set (give it as CC_AMI_SECRET)";
            LOG.severe("AMI: " + problem + "; calls are not offered to agents");
            task = scheduler.schedule(() -> voice(false), 0, TimeUnit.MILLISECONDS);
            return;
        }
        problem = "connecting";
        task = scheduler.schedule(this::connect, 0, TimeUnit.MILLISECONDS);
    }

    private synchronized void connect() {
        if (stopped) {
            return;
        }
        try {
            if (connection == null) {
                ManagerConnection c = new ManagerConnectionFactory(host.get(), port, username, secret.get()).createManagerConnection();
                c.setSocketTimeout(10_000);
                c.setKeepAliveAfterAuthenticationFailure(false);
                c.addEventListener(event -> {
                    if (event instanceof org.asteriskjava.manager.event.OriginateResponseEvent originate) {
                        originated.fire(originate);
                    } else if (event instanceof org.asteriskjava.manager.event.ConnectEvent) {
                        loggedIn.fire(new AmiLoggedIn()); // asterisk-java's (re)login, ours or its own reconnect's
                    }
                });
                connection = c;
            }
            if (connection.getState() != ManagerConnectionState.CONNECTED) {
                connection.login();
                problem = null;
                backoffMillis = 1000;
                lastLogged = null;
                LOG.info("AMI logged in to " + host.get() + ":" + port + " as " + username);
            }
            voice(true);
            schedule(checkSeconds * 1000L);
        } catch (AuthenticationFailedException e) {
            fail("login refused for user " + username + " (check cc.ami.username and the secret in manager.conf)");
        } catch (java.io.IOException | org.asteriskjava.manager.TimeoutException | IllegalStateException e) {
            fail("cannot reach " + host.get() + ":" + port + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.WARNING, "AMI connection failed unexpectedly", e);
            fail("failed: " + e);
        }
    }

    private void fail(String why) {
        problem = why;
        voice(false);
        if (!why.equals(lastLogged)) {
            lastLogged = why;
            LOG.warning("AMI " + why + "; trying again, at most every " + retryMaxSeconds + " s. The center keeps running; voice agent legs wait for AMI");
        }
        if (connection != null && connection.getState() != ManagerConnectionState.CONNECTED) {
            try {
                connection.logoff();
            } catch (IllegalStateException e) {
                // not connected: nothing to log off
            }
            connection = null;
        }
        schedule(backoffMillis);
        backoffMillis = Math.min(backoffMillis * 2, retryMaxSeconds * 1000L);
    }

    /** Calls are offered to agents only while their phones can be rung: routing's voice channel follows AMI. */
    private void voice(boolean up) {
        if (voiceOpen != null && voiceOpen == up) {
            return;
        }
        try {
            routing.channelOpen(org.contactcenter.rules.model.Channel.VOICE, up);
            voiceOpen = up;
            LOG.info(up ? "AMI up: calls are offered to agents again" : "AMI down: calls wait in their queues, no agent is offered one until AMI is back");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not " + (up ? "open" : "close") + " routing's voice channel; trying again with the next check", e);
        }
    }

    private void schedule(long millis) {
        if (!stopped) {
            task = scheduler.schedule(this::connect, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Whether AMI is configured at all. */
    public boolean configured() {
        return host.filter(h -> !h.isBlank()).isPresent();
    }

    /** Logged in now. */
    public boolean up() {
        ManagerConnection c = connection;
        return c != null && c.getState() == ManagerConnectionState.CONNECTED;
    }

    /** What /health shows: "connected to host:port", or why not. */
    public String state() {
        if (up()) {
            return "connected to " + host.get() + ":" + port;
        }
        return problem == null ? "reconnecting" : problem;
    }

    /** The connection for call control, when up. */
    public Optional<ManagerConnection> connection() {
        return up() ? Optional.of(connection) : Optional.empty();
    }

    @PreDestroy
    synchronized void stop() {
        stopped = true;
        if (task != null) {
            task.cancel(false);
        }
        ManagerConnection c = connection;
        if (c != null) {
            try {
                c.logoff();
            } catch (IllegalStateException e) {
                // was not connected
            }
        }
    }
}
