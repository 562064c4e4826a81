package org.contactcenter.routing.hours.entity;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "HH:mm" clock times as minutes of the day, 0..1440 ("24:00" is the end of the day). */
public final class TimeOfDay {
    private static final Pattern FORMAT = Pattern.compile("([01]\\d|2[0-4]):([0-5]\\d)");

    private TimeOfDay() {
    }

    /** Minutes of the day, or -1 when the text is not a valid "HH:mm" time. */
    public static int parse(String text) {
        if (text == null) {
            return -1;
        }
        Matcher m = FORMAT.matcher(text);
        if (!m.matches()) {
            return -1;
        }
        int minutes = Integer.parseInt(m.group(1)) * 60 + Integer.parseInt(m.group(2));
        return minutes <= 1440 ? minutes : -1;
    }

    public static String format(int minutes) {
        return String.format("%02d:%02d", minutes / 60, minutes % 60);
    }
}
