package org.contactcenter.web.softphone;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.contactcenter.routing.users.boundary.UserData;
import org.contactcenter.routing.users.entity.PhoneType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The browser softphone's SIP accounts. An agent whose phone is a softphone ({@code phoneType} SOFT_PHONE) with a PJSIP
 * endpoint ({@code PJSIP/webrtc-alice}) registers as that endpoint ({@code webrtc-alice}) at {@code cc.softphone.wss-url}
 * (Asterisk's WebSocket transport), in the domain {@code cc.softphone.domain}. Its SIP password is derived from the
 * secret {@code cc.softphone.secret} (HMAC-SHA256 of the endpoint name), so nothing per user is stored: the admin
 * hands Asterisk the matching {@code pjsip.conf} ({@code GET /api/v1/softphone/pjsip.conf}) and the agent's browser
 * gets its own account after sign-in. Off while either setting is missing. Passwords are never logged.
 */
@ApplicationScoped
public class Softphones {
    private static final Logger LOG = Logger.getLogger(Softphones.class.getName());

    /** One agent's softphone account. */
    public record Account(String wssUrl, String endpoint, String aor, String password, String displayName) {
    }

    @Inject
    @ConfigProperty(name = "cc.softphone.wss-url")
    Optional<String> wssUrl;
    @Inject
    @ConfigProperty(name = "cc.softphone.domain")
    Optional<String> domain;
    @Inject
    @ConfigProperty(name = "cc.softphone.secret")
    Optional<String> secret;

    @PostConstruct
    void check() {
        if (wssUrl.isPresent() && (secret.isEmpty() || secret.get().length() < 16)) {
            LOG.warning("cc.softphone.wss-url is set but cc.softphone.secret is missing or shorter than 16 characters: the browser softphone is off");
        }
    }

    public boolean enabled() {
        return wssUrl.filter(u -> u.startsWith("ws://") || u.startsWith("wss://")).isPresent() && secret.filter(s -> s.length() >= 16).isPresent();
    }

    /** The origin of the softphone's WebSocket (for the pages' Content-Security-Policy), when it is on. */
    public Optional<String> origin() {
        if (!enabled()) {
            return Optional.empty();
        }
        URI uri = URI.create(wssUrl.get());
        return Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
    }

    /** A user's account, if it has a softphone with a PJSIP endpoint and the softphone is on. */
    public Optional<Account> account(UserData user) {
        Optional<String> endpoint = endpoint(user);
        if (!enabled() || endpoint.isEmpty()) {
            return Optional.empty();
        }
        String host = domain.orElseGet(() -> URI.create(wssUrl.get()).getHost());
        String name = String.join(" ", user.firstName == null ? "" : user.firstName, user.lastName == null ? "" : user.lastName).trim();
        return Optional.of(new Account(wssUrl.get(), endpoint.get(), "sip:" + endpoint.get() + "@" + host, password(endpoint.get()),
                name.isEmpty() ? user.username : name));
    }

    /** The PJSIP endpoint name of a softphone user ({@code PJSIP/webrtc-alice} → {@code webrtc-alice}). */
    public static Optional<String> endpoint(UserData user) {
        String dial = user.phoneEndpoint;
        if (user.phoneType != PhoneType.SOFT_PHONE || dial == null || !dial.regionMatches(true, 0, "PJSIP/", 0, 6)) {
            return Optional.empty();
        }
        String name = dial.substring(6);
        return name.matches("[A-Za-z0-9._-]{1,64}") ? Optional.of(name) : Optional.empty();
    }

    String password(String endpoint) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.orElseThrow().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal(("softphone:" + endpoint).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 32);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
