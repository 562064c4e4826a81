package org.contactcenter.web.chat;

import java.time.Clock;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;

import org.contactcenter.web.platform.SlidingWindow;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The chat's rate limits, shared by every socket and request of this server: customer messages per chat (a second
 * socket or a reconnect shares the chat's budget), and chats started or resumed per client address.
 */
@ApplicationScoped
public class ChatLimits {
    @Inject
    @ConfigProperty(name = "cc.chat.max-messages-per-10-seconds", defaultValue = "20")
    int maxMessagesPer10Seconds;
    @Inject
    @ConfigProperty(name = "cc.chat.max-starts-per-minute", defaultValue = "30")
    int maxStartsPerMinute;
    @Inject
    org.contactcenter.web.platform.ClientAddresses addresses;
    @Inject
    Clock clock;

    private SlidingWindow messages;
    private SlidingWindow starts;

    @PostConstruct
    void windows() {
        messages = new SlidingWindow(maxMessagesPer10Seconds, 10_000);
        starts = new SlidingWindow(maxStartsPerMinute, 60_000);
    }

    /** 0 when the chat may store one more customer message now, otherwise the seconds to wait. */
    long message(String chatId) {
        return messages.tryAcquire(chatId, clock.millis());
    }

    int maxMessagesPer10Seconds() {
        return messages.max();
    }

    /** 0 when this client may start (or resume) one more chat now, otherwise the seconds to wait. */
    long start(HttpServletRequest request) {
        return starts.tryAcquire(addresses.of(request), clock.millis());
    }

    int maxStartsPerMinute() {
        return starts.max();
    }
}
