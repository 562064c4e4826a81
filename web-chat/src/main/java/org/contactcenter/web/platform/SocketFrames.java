package org.contactcenter.web.platform;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.json.JsonObject;
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

    private static final Logger LOG = Logger.getLogger(SocketFrames.class.getName());

    /** A frame read: the request, or (when it was refused) the error frame that answers it. */
    public record Read(JsonObject request, String refusal) {
    }

    /**
     * Sends a frame without waiting for it to be written (null: nothing). A frame that cannot be sent to this socket
     * (closed meanwhile, or refused by its encoder) is logged and never stops the caller's other sends; answers
     * whether it was handed to the socket.
     */
    public static boolean send(Session session, String frame) {
        if (frame == null) {
            return false;
        }
        try {
            session.getAsyncRemote().sendText(frame);
            return true;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "A frame could not be sent to socket " + session.getId() + ": " + e);
            return false;
        }
    }

    /**
     * The frame as a JSON object, checked at the edge ({@link StrictJson}: valid Unicode in every string, no
     * duplicated key, nothing after the object); otherwise the {@code malformed} or {@code invalid} error frame.
     */
    public static Read read(String text) {
        try {
            return new Read(StrictJson.read(text, true).asJsonObject(), null);
        } catch (StrictJson.Invalid invalid) {
            return new Read(null, invalid.field().isEmpty() ? malformed()
                    : error(null, "invalid", invalid.field() + ": " + invalid.getMessage(), invalid.field()));
        }
    }

    public static String malformed() {
        return error(null, "malformed", "a frame is a JSON object with a type");
    }

    public static String string(JsonObject o, String name) {
        JsonValue v = o.get(name);
        return v instanceof JsonString s ? s.getString() : null;
    }

    /** The member as an int, or -1 when it is missing, not a whole number or out of int's range (never wrapped). */
    public static int wholeNumber(JsonObject o, String name) {
        if (o.get(name) instanceof jakarta.json.JsonNumber n) {
            try {
                return n.bigDecimalValue().intValueExact();
            } catch (ArithmeticException notAnInt) {
                return -1;
            }
        }
        return -1;
    }

    /** {@code {"type":"error","ref":…,"code":…,"message":…}} */
    public static String error(String ref, String code, String message) {
        return error(ref, code, message, null);
    }

    /** {@code {"type":"error","ref":…,"code":…,"message":…,"field":…}}: {@code field} names what was refused. */
    public static String error(String ref, String code, String message, String field) {
        var error = JSON.createObjectBuilder().add("type", "error").add("code", code).add("message", message);
        if (ref != null) {
            error.add("ref", ref);
        }
        if (field != null) {
            error.add("field", field);
        }
        return error.build().toString();
    }

    /** The frame with one more string member (e.g. the clientMessageId of the refused message). */
    public static String with(String frame, String name, String value) {
        try (var reader = JSON.createReader(new java.io.StringReader(frame))) {
            return JSON.createObjectBuilder(reader.readObject()).add(name, value).build().toString();
        }
    }

    /** The error frame for a refused request (invalid, not-found, conflict), or internal (logged) for anything else. */
    public static String refused(String ref, RuntimeException e, Logger log) {
        Throwable cause = e instanceof InvalidInput || e instanceof NotFound || e instanceof Conflict ? e : e.getCause();
        if (cause instanceof InvalidInput || cause instanceof NotFound || cause instanceof Conflict) {
            String field = cause instanceof InvalidInput invalid && !invalid.violations().isEmpty() ? invalid.violations().get(0).field() : null;
            return error(ref, cause instanceof InvalidInput ? "invalid" : cause instanceof NotFound ? "not-found" : "conflict", cause.getMessage(), field);
        }
        log.log(Level.SEVERE, "Socket request " + ref + " failed", e);
        return error(ref, "internal", "the request failed on the server; it is logged");
    }
}
