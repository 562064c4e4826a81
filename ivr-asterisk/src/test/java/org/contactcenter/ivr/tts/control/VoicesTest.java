package org.contactcenter.ivr.tts.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class VoicesTest {
    @Test
    void connectsVoicesMapOntoTheEnginesIgnoringCase() {
        Voices voices = new Voices(Voices.DEFAULTS);
        assertEquals(new Voices.Voice("Joanna", "en", "en-us+f3"), voices.get("joanna").orElseThrow());
        assertEquals(new Voices.Voice("Mizuki", "ja", "4"), voices.get(" MIZUKI ").orElseThrow());
        assertEquals("0", voices.get("Takumi").orElseThrow().setting());
        assertTrue(voices.get("Hans").isEmpty(), "a voice the center does not have: the language's default speaks");
        assertTrue(voices.get(null).isEmpty());
        assertEquals(21, voices.size());
    }

    @Test
    void aBrokenMappingIsRefusedWithTheEntry() {
        assertEquals(2, new Voices("A=en:en-us, B=ja:-2.5 ,").size());
        for (String bad : new String[] {"Joanna", "Joanna=en", "Joanna=fr:fr", "Mizuki=ja:high", "X=en:en us; rm -rf /", "=en:en-us"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Voices(bad), bad);
            assertTrue(e.getMessage().contains("cc.tts.voices"), e.getMessage());
        }
    }
}
