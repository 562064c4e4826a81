package org.contactcenter.ivr.agi.boundary;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
import org.asteriskjava.fastagi.internal.DefaultAgiChannelFactory;
import org.asteriskjava.fastagi.internal.FastAgiConnectionHandler;
import org.contactcenter.ivr.agi.control.AgiAddresses;
import org.contactcenter.ivr.agi.control.AgiConnection;
import org.contactcenter.ivr.agi.control.AgiGate;
import org.contactcenter.ivr.agi.control.CenterScripts;
import org.contactcenter.ivr.tts.boundary.Speech;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumbers;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts the FastAGI server with the application and stops it with the application. The {@link AgiGate} accepts
 * sessions only from the PBX addresses and reads their header blocks without a thread per connection; complete
 * sessions run on {@code cc.agi.pool-size} container-managed workers through asterisk-java's connection handler.
 * Configuration: {@code cc.agi.enabled}, {@code cc.agi.port} (4573), {@code cc.agi.bind-address},
 * {@code cc.agi.pool-size}, {@code cc.agi.allowed-addresses}, {@code cc.agi.header-timeout-seconds},
 * {@code cc.agi.max-pending-sessions}, {@code cc.agi.read-timeout-seconds}.
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
    @ConfigProperty(name = "cc.agi.bind-address", defaultValue = "127.0.0.1")
    String bindAddress;
    @Inject
    @ConfigProperty(name = "cc.agi.pool-size", defaultValue = "20")
    int poolSize;
    @Inject
    @ConfigProperty(name = "cc.agi.allowed-addresses", defaultValue = "127.0.0.1,::1")
    String allowedAddresses;
    @Inject
    @ConfigProperty(name = "cc.agi.header-timeout-seconds", defaultValue = "5")
    int headerTimeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.agi.max-pending-sessions", defaultValue = "1000")
    int maxPending;
    @Inject
    @ConfigProperty(name = "cc.agi.read-timeout-seconds", defaultValue = "3600")
    int readTimeoutSeconds;
    @Resource
    ManagedThreadFactory threads;
    @Inject
    @ConfigProperty(name = "cc.agi.queue-poll-seconds", defaultValue = "10")
    int queuePollSeconds;
    @Inject
    @ConfigProperty(name = "cc.agi.outbound-dial-seconds", defaultValue = "60")
    int outboundDialSeconds;
    @Inject
    @ConfigProperty(name = "cc.agi.recording-directory")
    java.util.Optional<String> recordingDirectory;
    @Inject
    @ConfigProperty(name = "cc.recordings.spool-directory", defaultValue = "./data/recordings-spool")
    String spoolDirectory;
    @EJB
    PhoneNumbers phoneNumbers;
    @EJB
    FlowRuns flows;
    @EJB
    org.contactcenter.routing.flows.boundary.QueuedCallbacks callbacks;
    @EJB
    org.contactcenter.routing.engine.boundary.RoutingEngine routing;
    @EJB
    Speech speech;
    @EJB
    org.contactcenter.routing.queues.boundary.Queues queues;
    @Inject
    VoiceChannels channels;
    @Inject
    CallerWhisper callerWhisper;
    @Inject
    AgentWhispers whispers;
    @Inject
    FlowProgress progress;
    @Inject
    @ConfigProperty(name = "cc.agi.whisper-wait-millis", defaultValue = "3000")
    long whisperWaitMillis;

    private AgiGate gate;
    private ThreadPoolExecutor workers;
    private CenterScripts scripts;
    private volatile boolean listening;

    @PostConstruct
    void start() {
        if (!enabled) {
            LOG.info("FastAGI server disabled (cc.agi.enabled=false)");
            return;
        }
        AgiAddresses allowed;
        InetAddress address;
        try {
            allowed = AgiAddresses.parse(allowedAddresses);
            address = InetAddress.getByName(bindAddress);
        } catch (IllegalArgumentException | IOException e) {
            LOG.severe("FastAGI server not started: " + e.getMessage());
            return;
        }
        VoiceSettings settings = new VoiceSettings(channels, Math.max(1, queuePollSeconds),
                recordingDirectory.filter(d -> !d.isBlank()).orElse(java.nio.file.Path.of(spoolDirectory).toAbsolutePath().normalize().toString()),
                Math.max(5, outboundDialSeconds), Duration.ofMillis(Math.max(0, whisperWaitMillis)));
        Prompts prompts = new Prompts(speech);
        scripts = new CenterScripts(Map.<String, AgiScript>of("inbound", new InboundAgiScript(phoneNumbers, flows, routing, prompts, settings),
                "continue", new ContinueAgiScript(flows, routing, prompts, settings, progress), "hangup", new HangupAgiScript(flows, routing, prompts, settings),
                "agent", new AgentAgiScript(routing, settings, flows, whispers, prompts, callerWhisper), "outbound", new OutboundAgiScript(routing, queues, callbacks, settings, flows, prompts),
                "consult", new ConsultAgiScript(routing, channels)));
        workers = new ThreadPoolExecutor(poolSize, poolSize, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
        gate = new AgiGate(allowed, Duration.ofSeconds(headerTimeoutSeconds), maxPending, this::serve, Clock.systemUTC());
        try {
            gate.bind(address, port);
        } catch (IOException e) {
            // one clear line, no stack trace: the usual cause is a second center (or another FastAGI server) on the port
            LOG.severe(() -> "FastAGI cannot listen on " + bindAddress + ":" + port + " (" + e.getMessage() + "): calls cannot"
                    + " reach this center and /health stays DOWN. Free the port or choose another with cc.agi.port"
                    + " (CC_AGI_PORT), or switch FastAGI off with cc.agi.enabled=false.");
            gate.close();
            workers.shutdownNow();
            return;
        }
        listening = true;
        LOG.info(() -> "FastAGI server listening on " + bindAddress + ":" + port + ", sessions accepted from " + allowedAddresses);
        Thread acceptor = threads.newThread(() -> {
            try {
                gate.run();
            } finally {
                listening = false;
            }
        });
        acceptor.setName("fastagi-gate");
        acceptor.start();
    }

    /** A session whose header has arrived: to a worker (it waits for one when all are busy). */
    private void serve(AgiGate.Session session) {
        workers.execute(() -> {
            try {
                new FastAgiConnectionHandler(scripts, new AgiConnection(session, readTimeoutSeconds * 1000), new DefaultAgiChannelFactory()).run();
            } catch (IOException | RuntimeException e) {
                LOG.log(Level.WARNING, "FastAGI session failed: " + e.getMessage(), e);
            } finally {
                try {
                    session.channel().close(); // Asterisk keeps the socket open after a hangup: the server closes it
                } catch (IOException e) {
                    LOG.log(Level.FINE, "closing a FastAGI session", e);
                }
            }
        });
    }

    /** True while the server accepts calls (or when it is disabled on purpose). */
    public boolean healthy() {
        return !enabled || listening;
    }

    @PreDestroy
    void stop() {
        if (gate != null) {
            gate.close();
        }
        if (workers != null) {
            workers.shutdownNow();
        }
    }
}
