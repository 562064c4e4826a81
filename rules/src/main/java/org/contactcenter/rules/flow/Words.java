package org.contactcenter.rules.flow;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;

/**
 * Whether a keyword appears as a word of a customer's message, in English and in Japanese alike. Both are first
 * normalised (NFKC: full-width letters and half-width katakana as usual; case ignored). A keyword with Japanese
 * characters is looked for among the message's words as Lucene's Kuromoji analyser finds them (Japanese has no
 * spaces: "サポートをお願いします" is サポート・を・お願い・し・ます, so the keyword サポート matches; a katakana
 * keyword also matches the start or end of a katakana compound the dictionary does not know, "カスタマーサポート");
 * any other keyword must stand between non-letters. Kuromoji splits some compounds analysts may not expect
 * (営業時間, opening hours, is 営業・時間, so the keyword 営業 matches it): order conditions from specific to general.
 */
final class Words {
    private Words() {
    }

    static boolean containsKeyword(String message, String keyword) {
        String word = normal(keyword).strip();
        String text = normal(message);
        if (!japanese(word)) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(text).find();
        }
        List<String> wanted = tokens(word);
        List<String> words = tokens(text);
        if (wanted.isEmpty()) {
            return false;
        }
        if (Collections.indexOfSubList(words, wanted) >= 0) {
            return true;
        }
        // a katakana compound the dictionary does not know stays one word (カスタマーサポート): its start or end counts
        return wanted.size() == 1 && katakana(word)
                && words.stream().anyMatch(w -> katakana(w) && w.length() > word.length() && (w.startsWith(word) || w.endsWith(word)));
    }

    private static boolean katakana(String s) {
        return s.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.KATAKANA || c == 'ー');
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static boolean japanese(String s) {
        return s.codePoints().anyMatch(c -> {
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA;
        });
    }

    /** The words of a text, in order; compounds that Kuromoji also splits are kept as their parts only. */
    private static List<String> tokens(String text) {
        List<String> words = new ArrayList<>();
        try (JapaneseTokenizer tokenizer = new JapaneseTokenizer(null, true, JapaneseTokenizer.Mode.SEARCH)) {
            CharTermAttribute term = tokenizer.addAttribute(CharTermAttribute.class);
            PositionLengthAttribute span = tokenizer.addAttribute(PositionLengthAttribute.class);
            tokenizer.setReader(new StringReader(text));
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                if (span.getPositionLength() == 1) {
                    words.add(term.toString());
                }
            }
            tokenizer.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
