package org.contactcenter.routing.chats.boundary;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The center's own chat messages (joined, left, callback) in the chat's language: {@code ChatTexts.properties}
 * (English) and {@code ChatTexts_ja.properties} (Japanese), UTF-8. A value ({@code {0}}) is inserted as text, never
 * as a pattern.
 */
public final class ChatTexts {
    private ChatTexts() {
    }

    /** The languages the center writes: {@code ja} for any Japanese tag, {@code en} for everything else. */
    public static String supported(String tag) {
        return tag != null && tag.toLowerCase(Locale.ROOT).matches("ja(-.*)?") ? "ja" : "en";
    }

    public static String text(String language, String key, Object... values) {
        ResourceBundle bundle = ResourceBundle.getBundle(ChatTexts.class.getName(), Locale.forLanguageTag(supported(language)),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return values.length == 0 ? pattern : new MessageFormat(pattern.replace("'", "''"), Locale.ROOT).format(values);
    }
}
