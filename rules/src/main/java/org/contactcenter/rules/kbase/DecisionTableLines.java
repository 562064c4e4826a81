package org.contactcenter.rules.kbase;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Where a problem Drools reports in the DRL it generates from a CSV decision table lies in the table the analyst
 * wrote: the row of the rule (the generated rule is named after the row's NAME cell, or "TABLE_ROW" without one) and
 * the column of the condition or action the line comes from — e.g. {@code priority-boosts.drl.csv:12:C} instead of a
 * line of a DRL nobody sees.
 */
final class DecisionTableLines {
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]+)\"");

    private final List<String> generated;
    private final List<List<String>> rows;

    private DecisionTableLines(List<String> generated, List<List<String>> rows) {
        this.generated = generated;
        this.rows = rows;
    }

    /**
     * Why Drools cannot read this CSV as a decision table (say no RuleTable cell: Drools throws instead of reporting a
     * problem), or null when it can.
     */
    static String unreadable(String csv) {
        try {
            new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
            return null;
        } catch (RuntimeException e) {
            return String.valueOf(e.getMessage()).strip().replace('\n', ' ');
        }
    }

    static DecisionTableLines of(String csv) {
        String drl;
        try {
            drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputType.CSV);
        } catch (RuntimeException unreadable) {
            drl = "";
        }
        List<List<String>> rows = new ArrayList<>();
        for (String line : csv.split("\r?\n", -1)) {
            rows.add(cells(line));
        }
        return new DecisionTableLines(List.of(drl.split("\n", -1)), rows);
    }

    /** The DRL Drools generates from the table ("" when it cannot read the table: the build then says why). */
    String drl() {
        return String.join("\n", generated);
    }

    /**
     * "ROW:COLUMN" (1-based row, spreadsheet column letter) of a generated DRL line, or "ROW" or "0" when unknown.
     * Drools reports a consequence that does not compile ("Rule Compilation error") at the rule's first line: that is
     * the ACTION column; anything else before {@code then} the CONDITION column.
     */
    String locate(int drlLine, String message) {
        int index = drlLine - 1;
        if (index < 0 || index >= generated.size()) {
            return "0";
        }
        String rule = null;
        int ruleStart = -1;
        for (int i = index; i >= 0; i--) {
            Matcher m = RULE.matcher(generated.get(i));
            if (m.find()) {
                rule = m.group(1);
                ruleStart = i;
                break;
            }
        }
        if (rule == null) {
            return "0";
        }
        int row = rowOf(rule);
        if (row < 0) {
            return "0";
        }
        boolean inAction = message != null && message.contains("Rule Compilation error");
        for (int i = ruleStart; i <= index; i++) {
            if (generated.get(i).strip().equals("then")) {
                inAction = true;
            }
        }
        int column = headerColumn(inAction ? "ACTION" : "CONDITION");
        return (row + 1) + (column < 0 ? "" : ":" + (char) ('A' + column));
    }

    private int rowOf(String rule) {
        for (int r = 0; r < rows.size(); r++) {
            if (!rows.get(r).isEmpty() && rows.get(r).get(0).strip().equals(rule)) {
                return r;
            }
        }
        Matcher numbered = Pattern.compile("_(\\d+)$").matcher(rule); // no NAME column: "Table_ROW", ROW 1-based
        return numbered.find() ? Integer.parseInt(numbered.group(1)) - 1 : -1;
    }

    private int headerColumn(String kind) {
        for (List<String> row : rows) {
            if (row.stream().anyMatch(c -> c.strip().equals("CONDITION") || c.strip().equals("ACTION"))) {
                for (int c = 0; c < row.size(); c++) {
                    if (row.get(c).strip().equals(kind)) {
                        return c;
                    }
                }
            }
        }
        return -1;
    }

    /** The cells of one CSV line ("" quoting, commas inside quotes). */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(ch);
            }
        }
        cells.add(cell.toString());
        return cells;
    }
}
