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

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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

    /** Checks {@code text} as {@link #read} does, for a caller that binds it itself. */
    public static void check(String text, boolean objectOnly) throws Invalid {
        read(text, objectOnly);
    }

    /**
     * Reads {@code text} as one JSON value under the rules above and, with {@code objectOnly}, a JSON object: one
     * pass of the streaming parser checks it and builds the value, so a caller never parses it a second time.
     */
    public static JsonValue read(String text, boolean objectOnly) throws Invalid {
        Deque<Frame> open = new ArrayDeque<>();
        JsonValue[] result = new JsonValue[1];
        try (JsonParser parser = JSON.createParser(new StringReader(text))) {
            while (parser.hasNext()) {
                if (result[0] != null) {
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
                        Frame done = open.pop();
                        put(open.peek(), done.build(), result);
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
                        String value = parser.getString();
                        text(current == null ? "" : current.valuePath(), value);
                        put(current, JSON.createValue(value), result);
                    }
                    default -> {
                        if (current != null) {
                            current.valuePath();
                        }
                        put(current, switch (event) {
                            case VALUE_NUMBER -> JSON.createValue(parser.getBigDecimal());
                            case VALUE_TRUE -> JsonValue.TRUE;
                            case VALUE_FALSE -> JsonValue.FALSE;
                            default -> JsonValue.NULL;
                        }, result);
                    }
                }
            }
        } catch (JsonException e) {
            throw new Invalid("", result[0] != null ? "unexpected content after the JSON value" : "malformed JSON: " + e.getMessage());
        }
        if (result[0] == null) {
            throw new Invalid("", "the body must be a JSON value");
        }
        return result[0];
    }

    /** A finished value goes into the object or array being read, or is the whole value. */
    private static void put(Frame into, JsonValue value, JsonValue[] result) {
        if (into == null) {
            result[0] = value;
        } else if (into.array) {
            into.elements.add(value);
        } else {
            into.members.add(into.key, value);
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

    /** An object or array being read: its path, the keys seen (objects), the next index (arrays), what it holds. */
    private static final class Frame {
        final String path;
        final boolean array;
        final Set<String> keys = new HashSet<>();
        final JsonObjectBuilder members;
        final JsonArrayBuilder elements;
        String key;
        int index;

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
            this.members = array ? null : JSON.createObjectBuilder();
            this.elements = array ? JSON.createArrayBuilder() : null;
        }

        JsonValue build() {
            return array ? elements.build() : members.build();
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
