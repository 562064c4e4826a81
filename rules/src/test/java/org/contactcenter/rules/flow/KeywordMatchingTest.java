package org.contactcenter.rules.flow;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Chat keyword intents (Equals on chat input) in English and Japanese: a keyword matches a word of the message. */
class KeywordMatchingTest {

    private static boolean matches(String keyword, String message) {
        return ConditionMatcher.matches("Equals", keyword, message, true);
    }

    @Test
    void japaneseKeywordsMatchWithoutSpacesBetweenWords() {
        assertTrue(matches("サポート", "サポートをお願いします"));
        assertTrue(matches("サポート", "サポート お願いします"));
        assertTrue(matches("サポート", "カスタマーサポートに繋いでください"), "the end of a katakana compound");
        assertTrue(matches("営業", "営業の方と話したいです"));
        assertTrue(matches("請求", "請求について質問があります"));
        assertTrue(matches("サポート", "ｻﾎﾟｰﾄをお願いします"), "half-width katakana is normalised");
        assertFalse(matches("ポー", "サポートをお願いします"), "not any part of a word");
        assertFalse(matches("サポート", "よろしくお願いします"));
    }

    @Test
    void englishKeywordsStillNeedWholeWords() {
        assertTrue(matches("support", "My printer is broken, I need SUPPORT"));
        assertTrue(matches("sales", "ｓａｌｅｓ please"), "full-width letters are normalised");
        assertFalse(matches("sales", "wholesales"));
        assertFalse(matches("1", "I have 1 question"), "short operands are exact answers only");
        assertTrue(matches("1", " 1 "));
    }
}
