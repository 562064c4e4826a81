package org.contactcenter.web.platform;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.websocket.Session;

import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;

/** What the WebSocket endpoints share: reading a request frame, and answering a refusal with an {@code error} frame. */
public final class SocketFrames {
    private SocketFrames() {
    }

    /** Sends a frame without waiting for it to be written (null: nothing). */
    public static void send(Session session, String frame) {
        if (frame != null) {
            session.getAsyncRemote().sendText(frame);
        }
    }

    /** The frame as a JSON object, or null when it is not one (answer with {@link #malformed()}). */
    public static JsonObject parse(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            return value.getValueType() == JsonValue.ValueType.OBJECT ? value.asJsonObject() : null;
        } catch (JsonException e) {
            return null;
        }
    }

    public static String malformed() {
        return error(null, "malformed", "a frame is a JSON object with a type");
    }

    public static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** {@code {"type":"error","ref":…,"code":…,"message":…}} */
    public static String error(String ref, String code, String message) {
        var error = JSON.createObjectBuilder().add("type", "error").add("code", code).add("message", message);
        if (ref != null) {
            error.add("ref", ref);
        }
        return error.build().toString();
    }

    /** The error frame for a refused request (invalid, not-found, conflict), or internal (logged) for anything else. */
    public static String refused(String ref, RuntimeException e, Logger log) {
        Throwable cause = e instanceof InvalidInput || e instanceof NotFound || e instanceof Conflict ? e : e.getCause();
        if (cause instanceof InvalidInput || cause instanceof NotFound || cause instanceof Conflict) {
            return error(ref, cause instanceof InvalidInput ? "invalid" : cause instanceof NotFound ? "not-found" : "conflict", cause.getMessage());
        }
        log.log(Level.SEVERE, "Socket request " + ref + " failed", e);
        return error(ref, "internal", "the request failed on the server; it is logged");
    }
}
