package org.contactcenter.web.platform;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;

/**
 * What text the center accepts from outside, decided once, at the edge: every REST body ({@link StrictJsonBodies})
 * and every socket frame ({@link SocketFrames#parse}) passes here before anything reads it. A body is one JSON value
 * in well-formed UTF-8, with nothing after it; no object has a key twice; no string (key or value) holds a lone
 * UTF-16 surrogate ({@code "\ud800"}) or U+0000. Whatever fails is refused naming the field, so nothing is stored
 * that could not be sent back out, through a socket's encoder or to PostgreSQL.
 */
public final class StrictJson {

    /** A refusal: {@code field} in the bean-validation style ({@code attributes.a}, {@code queueConfigs[0].priority}). */
    public static final class Invalid extends Exception {
        private final String field;

        Invalid(String field, String message) {
            super(message, null, false, false);
            this.field = field;
        }

        /** The offending field, "" for the body as a whole. */
        public String field() {
            return field;
        }
    }

    private StrictJson() {
    }

    /** The bytes as text, refusing malformed UTF-8 (0xff, overlong forms such as c0 80, code points past U+10FFFF). */
    public static String utf8(byte[] bytes) throws Invalid {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new Invalid("", "the body is not well-formed UTF-8");
        }
    }

    /**
     * Checks that {@code text} is one JSON value under the rules above and, with {@code objectOnly}, a JSON object.
     * The caller then reads it as usual.
     */
    public static void check(String text, boolean objectOnly) throws Invalid {
        Deque<Frame> open = new ArrayDeque<>();
        boolean done = false;
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                if (done) {
                    throw new Invalid("", "unexpected content after the JSON value");
                }
                JsonParser.Event event = parser.next();
                Frame current = open.peek();
                if (current == null && objectOnly && event != JsonParser.Event.START_OBJECT) {
                    throw new Invalid("", "the body must be a JSON object");
                }
                switch (event) {
                    case START_OBJECT, START_ARRAY -> {
                        String path = current == null ? "" : current.valuePath();
                        open.push(new Frame(path, event == JsonParser.Event.START_ARRAY));
                    }
                    case END_OBJECT, END_ARRAY -> {
                        open.pop();
                        done = open.isEmpty();
                    }
                    case KEY_NAME -> {
                        String key = parser.getString();
                        text(current.childPath(key), key);
                        if (!current.keys.add(key)) {
                            throw new Invalid(current.childPath(key), "the key " + key + " appears twice");
                        }
                        current.key = key;
                    }
                    case VALUE_STRING -> {
                        String path = current == null ? "" : current.valuePath();
                        text(path, parser.getString());
                        done = current == null;
                    }
                    default -> {
                        if (current != null) {
                            current.valuePath();
                        }
                        done = current == null;
                    }
                }
            }
        } catch (JsonException e) {
            throw new Invalid("", done ? "unexpected content after the JSON value" : "malformed JSON: " + e.getMessage());
        }
        if (!done) {
            throw new Invalid("", "the body must be a JSON value");
        }
    }

    /** Refuses a lone UTF-16 surrogate or U+0000 in {@code value}. */
    private static void text(String field, String value) throws Invalid {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                throw new Invalid(field, "U+0000 is not allowed in text");
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new Invalid(field, "not valid Unicode text: a lone UTF-16 surrogate at character " + i);
            }
        }
    }

    /** An object or array being read: its path, the keys seen (objects), the next index (arrays). */
    private static final class Frame {
        final String path;
        final boolean array;
        final Set<String> keys = new HashSet<>();
        String key;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        /** The path of the value that comes now (an array's next element, or the value of the last key). */
        String valuePath() {
            return array ? path + "[" + index++ + "]" : childPath(key);
        }

        String childPath(String name) {
            return path.isEmpty() ? name : path + "." + name;
        }
    }
}
