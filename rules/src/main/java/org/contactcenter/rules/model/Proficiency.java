package org.contactcenter.rules.model;

import java.util.regex.Pattern;

/**
 * An agent's proficiency (Amazon Connect): a predefined attribute's value, e.g. {@code Language = Japanese}, with a
 * level from 1 (lowest) to 5. Routing criteria ask for a minimum level.
 */
public record Proficiency(String name, String value, int level) {
    /** 1–64 characters, no control characters (Connect's limits for predefined attribute names and values). */
    private static final Pattern TEXT = Pattern.compile("[^\\p{Cntrl}]{1,64}");

    public Proficiency {
        if (!valid(name) || !valid(value)) {
            throw new IllegalArgumentException("a proficiency's name and value are 1-64 characters without control characters");
        }
        if (level < 1 || level > 5) {
            throw new IllegalArgumentException("a proficiency level is 1 to 5, not " + level);
        }
    }

    public static boolean valid(String text) {
        return text != null && !text.isBlank() && TEXT.matcher(text).matches();
    }

    /** The key routing indexes agents by: name and value. */
    public String key() {
        return key(name, value);
    }

    public static String key(String name, String value) {
        return name + '\u001f' + value;
    }
}
