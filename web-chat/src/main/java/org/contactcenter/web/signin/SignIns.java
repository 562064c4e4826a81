package org.contactcenter.web.signin;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.contactcenter.routing.demo.DemoInstance;
import org.contactcenter.routing.platform.ConfigurationChanged;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.routing.users.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Signing in with a user name and password (HTTP Basic on the API and the agent socket): the back-off of
 * {@link SignInThrottle} first, then the password — against the recently verified credentials, else PBKDF2
 * ({@link Users#signIn}, which also upgrades an old hash). Counted in /metrics: {@code cc_sign_in_total} by outcome
 * (success, failure, throttled, published_password) and {@code cc_password_hash_upgrades_total}. The demo's published
 * passwords ({@link DemoInstance#PUBLISHED_PASSWORDS}) sign in only from this machine: from any other address the right
 * published password is refused (403) until it is changed, unless {@code cc.demo.allow-published-passwords}. Never logs a
 * password.
 */
@ApplicationScoped
public class SignIns {
    private static final Logger LOG = Logger.getLogger(SignIns.class.getName());

    /**
     * What an attempt came to: the user's groups, or the seconds to wait (throttled), or a published demo password
     * used from elsewhere than this machine, or none of these (wrong).
     */
    public record Outcome(Set<String> groups, long retryAfterSeconds, boolean publishedPassword) {
        Outcome(Set<String> groups, long retryAfterSeconds) {
            this(groups, retryAfterSeconds, false);
        }

        public boolean valid() {
            return groups != null;
        }

        /** Why an attempt that is not valid is refused, for the problem's detail (null: just wrong credentials). */
        public String refusal() {
            if (publishedPassword) {
                return "the demo's published password of this user works only from the center's own machine: change it (PUT /api/v1/users/{id}) from there";
            }
            return retryAfterSeconds > 0 ? "too many wrong sign-ins for this user or from this address; try again in " + retryAfterSeconds + " s" : null;
        }
    }

    @Inject
    Users users;
    @Inject
    Clock clock;
    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry metrics;
    @Inject
    @ConfigProperty(name = "cc.security.sign-in.max-failures-per-user-and-address", defaultValue = "5")
    int pairLimit;
    @Inject
    @ConfigProperty(name = "cc.security.sign-in.max-failures-per-address", defaultValue = "30")
    int addressLimit;
    @Inject
    @ConfigProperty(name = "cc.security.sign-in.max-failures-per-user", defaultValue = "100")
    int userLimit;
    @Inject
    @ConfigProperty(name = "cc.security.sign-in.first-backoff-seconds", defaultValue = "1")
    int firstBackoffSeconds;
    @Inject
    @ConfigProperty(name = "cc.security.sign-in.max-backoff-seconds", defaultValue = "900")
    int maxBackoffSeconds;
    @Inject
    @ConfigProperty(name = "cc.security.verified-credentials-seconds", defaultValue = "300")
    int verifiedSeconds;
    @Inject
    @ConfigProperty(name = "cc.demo.allow-published-passwords", defaultValue = "false")
    boolean allowPublishedPasswords;

    private SignInThrottle throttle;
    private VerifiedCredentials verified;

    @PostConstruct
    void init() {
        throttle = new SignInThrottle(pairLimit, addressLimit, userLimit, 15 * 60_000L, firstBackoffSeconds, maxBackoffSeconds);
        verified = new VerifiedCredentials(verifiedSeconds * 1000L);
    }

    public Outcome signIn(String username, String password, String address) {
        long now = clock.millis();
        long wait = throttle.retryAfter(username, address, now);
        if (wait > 0) {
            count("throttled");
            return new Outcome(null, wait);
        }
        Set<String> groups = verified.groups(username, password, now);
        if (groups == null) {
            Optional<Users.SignedIn> signedIn = users.signIn(username, password);
            if (signedIn.isPresent()) {
                groups = signedIn.get().roles().stream().map(Enum::name).collect(Collectors.toUnmodifiableSet());
                verified.verified(username, password, groups, now);
                if (signedIn.get().upgraded()) {
                    metrics.counter("cc_password_hash_upgrades").inc();
                    LOG.info(() -> "The password hash of " + username + " was upgraded to the configured PBKDF2 iterations");
                }
            }
        }
        if (groups == null) {
            throttle.failed(username, address, now);
            count("failure");
            return new Outcome(null, 0);
        }
        throttle.succeeded(username, address);
        if (!allowPublishedPasswords && password.equals(DemoInstance.PUBLISHED_PASSWORDS.get(username)) && !loopback(address)) {
            count("published_password");
            LOG.warning(() -> "Sign-in of " + username + " from " + address + " refused: the demo's published password works only from this "
                    + "machine (change it, or set cc.demo.allow-published-passwords=true)");
            return new Outcome(null, 0, true);
        }
        count("success");
        return new Outcome(groups, 0);
    }

    /** Whether a client address is this machine's (a literal loopback address; names are never resolved). */
    static boolean loopback(String address) {
        if (address == null || !address.matches("[0-9a-fA-F:.]{2,45}")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * A user changed (password, roles, removed): its verified credentials are no longer good. Only once this bean
     * exists (it has nothing cached before): users created while the application starts (the demo) would otherwise
     * create it on a thread without the web module's environment, which fails with an NPE in Payara.
     */
    void userChanged(@Observes(notifyObserver = jakarta.enterprise.event.Reception.IF_EXISTS, during = TransactionPhase.AFTER_SUCCESS) ConfigurationChanged change) {
        if (change.type() == User.class) {
            verified.clear();
        }
    }

    private void count(String outcome) {
        Counter counter = metrics.counter("cc_sign_in", new org.eclipse.microprofile.metrics.Tag("outcome", outcome));
        counter.inc();
    }
}
