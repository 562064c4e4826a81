package org.contactcenter.web.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;

import org.junit.jupiter.api.Test;

/** Bodies against the types a resource binds them to: the values JSON-B would wrap, truncate or coerce are refused. */
class JsonTypesTest {
    enum Channel { VOICE, CHAT }

    record Timeouts(int chat, Integer voice) {
    }

    public static class Config {
        public String queueId;
        public int priority;
        public int delay;
    }

    public static class Body {
        public String name;
        public Integer maxContacts;
        public int concurrency;
        public long since;
        public boolean enabled;
        public Channel channel;
        public Set<Channel> channels;
        public LocalDate startDate;
        public List<Config> queueConfigs;
        public Map<String, String> attributes;
        public Timeouts timeouts;
        public jakarta.json.JsonObject content;
    }

    private static void check(String json) throws StrictJson.Invalid {
        JsonTypes.check(Json.createReader(new StringReader(json)).readValue(), Body.class, "");
    }

    private static String refused(String json) {
        return assertThrows(StrictJson.Invalid.class, () -> check(json), json).field();
    }

    @Test
    void valuesThatFitTheirTypesPass() {
        assertDoesNotThrow(() -> check("{\"name\":\"Sales\",\"maxContacts\":42,\"concurrency\":2,\"since\":4294967297,\"enabled\":true,"
                + "\"channel\":\"CHAT\",\"channels\":[\"VOICE\"],\"startDate\":\"2026-12-01\",\"queueConfigs\":[{\"queueId\":\"q\",\"priority\":1,\"delay\":0}],"
                + "\"attributes\":{\"vip\":\"true\"},\"timeouts\":{\"chat\":60,\"voice\":null},\"content\":{\"any\":[1,\"x\"]},"
                + "\"maxContacts\":null,\"unknownLaterField\":[1,2]}".replace(",\"maxContacts\":null", "")));
        assertDoesNotThrow(() -> check("{\"maxContacts\":null,\"priority\":1e2}"), "an unknown key is ignored; null is fine for a box");
        assertDoesNotThrow(() -> check("{\"concurrency\":3.0}"), "3.0 is the whole number 3");
    }

    @Test
    void numbersThatWouldWrapOrTruncateAreRefused() {
        assertEquals("maxContacts", refused("{\"maxContacts\":4294967297}"));
        assertEquals("concurrency", refused("{\"concurrency\":4294967298}"));
        assertEquals("queueConfigs[0].delay", refused("{\"queueConfigs\":[{\"delay\":1e309}]}"));
        assertEquals("queueConfigs[0].priority", refused("{\"queueConfigs\":[{\"priority\":1.5}]}"));
        assertEquals("timeouts.chat", refused("{\"timeouts\":{\"chat\":1e309}}"));
        assertEquals("concurrency", refused("{\"concurrency\":\"2\"}"));
        assertEquals("concurrency", refused("{\"concurrency\":null}"), "a primitive cannot be null");
    }

    @Test
    void textsFlagsListsAndObjectsAreNotCoerced() {
        assertEquals("name", refused("{\"name\":[\"x\",\"y\"]}"));
        assertEquals("name", refused("{\"name\":true}"));
        assertEquals("name", refused("{\"name\":-1}"));
        assertEquals("enabled", refused("{\"enabled\":\"true\"}"));
        assertEquals("channel", refused("{\"channel\":1}"));
        assertEquals("channels", refused("{\"channels\":\"VOICE\"}"));
        assertEquals("attributes.vip", refused("{\"attributes\":{\"vip\":5}}"));
        assertEquals("queueConfigs[0]", refused("{\"queueConfigs\":[\"q\"]}"));
        assertEquals("content", refused("{\"content\":\"text\"}"));
    }
}
