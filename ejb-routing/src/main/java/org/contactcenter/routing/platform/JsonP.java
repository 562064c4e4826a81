package org.contactcenter.routing.platform;

import static org.contactcenter.routing.platform.JsonP.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the application. {@code jakarta.json.JSON.createObjectBuilder()} and its siblings look
 * the provider up again on every call (a ServiceLoader scan of every jar on the class path); under load that was
 * ≈ 18 % of the center's CPU on chat messages (docs/PERFORMANCE.md). Use {@code JSON.createObjectBuilder()} etc.
 */
public final class JsonP {
    /** Thread-safe; found once. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonP() {
    }
}
