package org.contactcenter.rules.flow;

import java.math.BigDecimal;

/**
 * Amazon Connect's condition operators on a block's result. For chat input ({@code text} true) Equals also
 * accepts the operand in any case and surrounding spaces, and an operand of three or more characters matches
 * when it appears in the customer's message as a whole word (a keyword intent: "I want to buy" matches "buy";
 * "サポートをお願いします" matches "サポート": {@link Words}).
 */
public final class ConditionMatcher {
    private ConditionMatcher() {
    }

    public static boolean matches(FlowCondition condition, String value, boolean text) {
        if (value == null) {
            return false;
        }
        for (String operand : condition.operands()) {
            if (operand != null && matches(condition.operator(), operand, value, text)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String operator, String operand, String value, boolean text) {
        return switch (operator) {
            case "Equals" -> value.equals(operand) || text && (value.strip().equalsIgnoreCase(operand.strip()) || keyword(operand, value));
            case "TextStartsWith" -> value.startsWith(operand);
            case "TextEndsWith" -> value.endsWith(operand);
            case "TextContains" -> value.contains(operand);
            case "NumberGreaterThan" -> numeric(value, operand, c -> c > 0);
            case "NumberLessThan" -> numeric(value, operand, c -> c < 0);
            case "NumberGreaterOrEqualTo" -> numeric(value, operand, c -> c >= 0);
            case "NumberLessOrEqualTo" -> numeric(value, operand, c -> c <= 0);
            default -> false;
        };
    }

    /** An operand of three or more characters (two in Japanese, where サポート is one word and 営業 two characters). */
    private static boolean keyword(String operand, String message) {
        String word = operand.strip();
        int least = word.codePoints().anyMatch(c -> c >= 0x3000) ? 2 : 3;
        return word.codePointCount(0, word.length()) >= least && Words.containsKeyword(message, word);
    }

    /** A value or operand that is not a number never satisfies a number operator. */
    private static boolean numeric(String value, String operand, java.util.function.IntPredicate test) {
        BigDecimal v = number(value);
        BigDecimal o = number(operand);
        return v != null && o != null && test.test(v.compareTo(o));
    }

    private static BigDecimal number(String s) {
        try {
            return new BigDecimal(s.strip());
        } catch (NumberFormatException | NullPointerException e) {
            return null;
        }
    }
}
