package org.contactcenter.ivr.tts.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is to be said, from a prompt's text or its SSML: {@code <speak>}, {@code <break/>} (a pause: a comma or a
 * full stop), {@code <say-as interpret-as="digits|telephone|characters">} (each digit or character on its own, a
 * telephone number in its groups) are honoured; any other tag is dropped — tags are never read aloud — and entities
 * are decoded. The language is Japanese when the text has kana or kanji, else English.
 */
public final class SpeechText {
    private static final Pattern SAY_AS = Pattern.compile("<say-as\\s+interpret-as\\s*=\\s*[\"']([a-z-]+)[\"'][^>]*>(.*?)</say-as\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BREAK = Pattern.compile("<break\\b[^>]*/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");

    private SpeechText() {
    }

    /** The plain words to speak. */
    public static String words(String text) {
        if (text == null) {
            return "";
        }
        String s = text;
        boolean japanese = isJapanese(s);
        Matcher m = SAY_AS.matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String inner = TAG.matcher(m.group(2)).replaceAll("");
            String said = switch (m.group(1).toLowerCase(java.util.Locale.ROOT)) {
                case "digits", "characters", "spell-out" -> spaced(inner.replaceAll("\\s+", ""), japanese);
                case "telephone" -> telephone(inner, japanese);
                default -> inner;
            };
            m.appendReplacement(b, Matcher.quoteReplacement(said));
        }
        m.appendTail(b);
        s = BREAK.matcher(b.toString()).replaceAll(japanese ? "、" : ", ");
        s = TAG.matcher(s).replaceAll(" ");
        s = s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
        return s.replaceAll("\\s+", " ").strip();
    }

    public static boolean isJapanese(String text) {
        return text != null && JAPANESE.matcher(text).find();
    }

    private static String spaced(String s, boolean japanese) {
        StringBuilder b = new StringBuilder();
        s.codePoints().forEach(c -> {
            if (b.length() > 0) {
                b.append(japanese ? "、" : " ");
            }
            b.appendCodePoint(c);
        });
        return b.toString();
    }

    /** Digits in the number's groups (03-1234-5678, +81 3 1234 5678), a pause between groups. */
    private static String telephone(String s, boolean japanese) {
        StringBuilder b = new StringBuilder();
        for (String group : s.trim().split("[\\s\\-().]+")) {
            if (group.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(japanese ? "、" : ", ");
            }
            b.append(spaced(group.replace("+", japanese ? "プラス" : "plus "), japanese));
        }
        return b.toString();
    }
}
