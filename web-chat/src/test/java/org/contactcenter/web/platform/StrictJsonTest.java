package org.contactcenter.web.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The edge's rules for text from outside, one case each (the black-box tests send the same through the server). */
class StrictJsonTest {

    private static String refusedField(String json) {
        return assertThrows(StrictJson.Invalid.class, () -> StrictJson.check(json, true), json).field();
    }

    @Test
    void wellFormedBodiesPass() {
        assertDoesNotThrow(() -> StrictJson.check("{\"name\":\"サポート 😀\",\"n\":[1,{\"a\":null}],\"b\":true}", true));
        assertDoesNotThrow(() -> StrictJson.check(" {\"a\":\"\\ud83d\\ude00\"} \n", true), "an escaped surrogate pair is one character");
    }

    @Test
    void theValueReadIsTheDocumentParsedOnce() throws Exception {
        String text = "{\"a\":[1,2.5,1e2,{\"b\":null,\"c\":true}],\"d\":\"日本\",\"e\":{},\"f\":[],\"g\":false}";
        try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(text))) {
            assertEquals(reader.readValue(), StrictJson.read(text, true));
        }
        assertEquals(jakarta.json.Json.createValue("x"), StrictJson.read("\"x\"", false));
    }

    @Test
    void aLoneSurrogateIsRefusedNamingItsField() {
        assertEquals("displayName", refusedField("{\"displayName\":\"\\ud800\"}"));
        assertEquals("attributes.vip", refusedField("{\"attributes\":{\"vip\":\"x\\udc00y\"}}"));
        assertEquals("queueConfigs[1].name", refusedField("{\"queueConfigs\":[{\"name\":\"ok\"},{\"name\":\"\\ud800\"}]}"));
        assertEquals("attributes.\ud800", refusedField("{\"attributes\":{\"\\ud800\":\"key\"}}"), "keys too");
        assertEquals("text", refusedField("{\"text\":\"a\\u0000b\"}"), "and U+0000, which PostgreSQL cannot store");
    }

    @Test
    void duplicatedKeysTrailingContentAndNonObjectsAreRefused() {
        assertEquals("name", refusedField("{\"name\":\"x\",\"name\":\"y\"}"));
        assertEquals("a.b", refusedField("{\"a\":{\"b\":1,\"b\":2}}"));
        assertEquals("", refusedField("{\"name\":\"x\"}xyz"));
        assertEquals("unexpected content after the JSON value",
                assertThrows(StrictJson.Invalid.class, () -> StrictJson.check("{\"name\":\"x\"}xyz", true)).getMessage());
        assertEquals("", refusedField("{\"name\":\"x\"} {}"));
        assertEquals("", refusedField("null"));
        assertEquals("", refusedField("[1]"));
        assertEquals("", refusedField("{\"a\":"));
        assertEquals("", refusedField(""));
    }

    @Test
    void malformedUtf8IsRefused() {
        for (byte[] bad : new byte[][] {{'"', (byte) 0xff, '"'}, {'"', (byte) 0xc0, (byte) 0x80, '"'},
                {'"', (byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80, '"'}, {'"', (byte) 0xed, (byte) 0xa0, (byte) 0x80, '"'}}) {
            assertThrows(StrictJson.Invalid.class, () -> StrictJson.utf8(bad));
        }
        assertDoesNotThrow(() -> StrictJson.utf8("\"日本語\"".getBytes(StandardCharsets.UTF_8)));
    }
}
