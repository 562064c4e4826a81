package org.contactcenter.ivr.tts.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The voices a flow's "Set voice" block names (Amazon Connect's Polly voice ids: Joanna, Matthew, Mizuki, Takumi …)
 * as the center's engines speak them: {@code Name=en:<espeak-ng voice>} (a variant such as {@code en-us+f3} for a
 * female voice) or {@code Name=ja:<half-tones>} (Open JTalk's one installed voice, its pitch raised by that many
 * half-tones), comma-separated ({@code cc.tts.voices}). Names are matched ignoring case.
 */
public final class Voices {
    /** Connect's voices for English and Japanese, mapped onto espeak-ng's variants and Open JTalk's pitch. */
    public static final String DEFAULTS = "Joanna=en:en-us+f3,Salli=en:en-us+f4,Kendra=en:en-us+f2,Kimberly=en:en-us+f5,Ivy=en:en-us+f1,"
            + "Ruth=en:en-us+f3,Danielle=en:en-us+f2,Matthew=en:en-us,Joey=en:en-us+m3,Justin=en:en-us+m2,Kevin=en:en-us+m4,"
            + "Stephen=en:en-us+m5,Gregory=en:en-us+m6,Amy=en:en-gb+f3,Emma=en:en-gb+f4,Brian=en:en-gb,Arthur=en:en-gb+m3,"
            + "Mizuki=ja:4,Kazuha=ja:5,Tomoko=ja:3,Takumi=ja:0";

    /** A voice: its language ({@code en}, {@code ja}) and how the engine takes it (an espeak-ng voice, Open JTalk's half-tones). */
    public record Voice(String name, String language, String setting) {
    }

    private final Map<String, Voice> byName = new LinkedHashMap<>();

    /** Parses {@code spec}; an entry that is not {@code Name=en:…} or {@code Name=ja:<number>} is refused with its text. */
    public Voices(String spec) {
        for (String entry : spec == null ? new String[0] : spec.split(",")) {
            String e = entry.strip();
            if (e.isEmpty()) {
                continue;
            }
            int eq = e.indexOf('=');
            int colon = e.indexOf(':', eq + 1);
            if (eq < 1 || colon < 0 || colon == e.length() - 1) {
                throw new IllegalArgumentException("cc.tts.voices: '" + e + "' is not Name=en:<espeak-ng voice> or Name=ja:<half-tones>");
            }
            String language = e.substring(eq + 1, colon).strip();
            String setting = e.substring(colon + 1).strip();
            if (language.equals("ja")) {
                try {
                    Double.parseDouble(setting);
                } catch (NumberFormatException x) {
                    throw new IllegalArgumentException("cc.tts.voices: '" + e + "': a Japanese voice's setting is a number of half-tones");
                }
            } else if (!language.equals("en") || !setting.matches("[A-Za-z0-9+_-]{1,40}")) {
                throw new IllegalArgumentException("cc.tts.voices: '" + e + "': the language is en or ja, an English voice an espeak-ng voice name");
            }
            String name = e.substring(0, eq).strip();
            byName.put(name.toLowerCase(java.util.Locale.ROOT), new Voice(name, language, setting));
        }
    }

    public Optional<Voice> get(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(byName.get(name.strip().toLowerCase(java.util.Locale.ROOT)));
    }

    public int size() {
        return byName.size();
    }
}
