package org.contactcenter.rules.flow;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code $.} references the flow engine resolves, and Amazon Connect's names for the system attributes it knows
 * under another name ({@code $.Metrics.Queue.Size} is {@code $.Metrics.ContactsInQueue} here). The importer translates
 * Connect's names; the importer and {@link FlowValidator} report every other {@code $.} name (it would resolve to
 * nothing at run time). docs/FLOWS.md lists both.
 */
public final class SystemAttributes {
    /** What the engine resolves (its groups are read by the engine's lookup). */
    public static final Pattern KNOWN = Pattern.compile(
            "\\$\\.(Attributes|External|QuickTable)\\.([A-Za-z0-9_\\-]+)"
                    + "|\\$\\.Metrics\\.(ContactsInQueue|OldestContactAgeSeconds|AgentsAvailable|AgentsStaffed|AgentsOnline|PositionInQueue"
                    + "|EstimatedWaitSeconds|EstimatedWaitMinutes)(?![A-Za-z0-9_])"
                    + "|\\$\\.(StoredCustomerInput|Channel|ContactId|CallbackNumber|TextToSpeechVoice)(?![A-Za-z0-9_])"
                    + "|\\$\\.(CustomerEndpoint|SystemEndpoint)\\.Address(?![A-Za-z0-9_])|\\$\\.Queue\\.(Id|Name)(?![A-Za-z0-9_])");

    /** Any {@code $.} name: segments of letters, digits, _ and - separated by dots. */
    private static final Pattern ANY = Pattern.compile("\\$\\.[A-Za-z][A-Za-z0-9_\\-]*(?:\\.[A-Za-z0-9_\\-]+)*");

    /** Connect's system attribute → the engine's name (longest first, so prefixes do not shadow). */
    public static final Map<String, String> CONNECT = new LinkedHashMap<>();

    static {
        CONNECT.put("$.Metrics.Agents.Available.Count", "$.Metrics.AgentsAvailable");
        CONNECT.put("$.Metrics.Agents.Staffed.Count", "$.Metrics.AgentsStaffed");
        CONNECT.put("$.Metrics.Agents.Online.Count", "$.Metrics.AgentsOnline");
        CONNECT.put("$.Metrics.Queue.OldestContactAge", "$.Metrics.OldestContactAgeSeconds");
        CONNECT.put("$.Metrics.Queue.Size", "$.Metrics.ContactsInQueue");
        CONNECT.put("$.Queue.OutboundCallerId.Address", null);
        CONNECT.put("$.Queue.ARN", "$.Queue.Id");
        CONNECT.put("$.CustomerEndpoint.Address", "$.CustomerEndpoint.Address");
        CONNECT.put("$.SystemEndpoint.Address", "$.SystemEndpoint.Address");
        CONNECT.put("$.InitialContactId", null);
        CONNECT.put("$.TextToSpeechVoiceId", "$.TextToSpeechVoice");
    }

    private SystemAttributes() {
    }

    /** The value with Connect's names replaced by the engine's (a name must end where Connect's ends). */
    public static String translate(String value) {
        if (value == null || !value.contains("$.")) {
            return value;
        }
        String out = value;
        for (Map.Entry<String, String> e : CONNECT.entrySet()) {
            if (e.getValue() != null && !e.getKey().equals(e.getValue())) {
                out = out.replaceAll(Pattern.quote(e.getKey()) + "(?![A-Za-z0-9_.])", Matcher.quoteReplacement(e.getValue()));
            }
        }
        return out;
    }

    /** The {@code $.} names in the value that the engine does not resolve (in order of appearance). */
    public static List<String> unknown(String value) {
        List<String> found = new ArrayList<>();
        if (value == null || !value.contains("$.")) {
            return found;
        }
        String rest = KNOWN.matcher(value).replaceAll(" ");
        Matcher m = ANY.matcher(rest);
        while (m.find()) {
            found.add(m.group().replaceAll("\\.+$", ""));
        }
        return found;
    }

    /** What to tell about an unknown name: Connect's name with the engine's, or that the engine has no such value. */
    public static String explain(String name) {
        for (Map.Entry<String, String> e : CONNECT.entrySet()) {
            if (name.equals(e.getKey()) && e.getValue() != null && !e.getKey().equals(e.getValue())) {
                return "Connect's " + name + " is " + e.getValue() + " here";
            }
        }
        if (name.startsWith("$.Lex.") || name.startsWith("$.LexV2.") || name.equals("$.Lex")) {
            return name + " is a Lex bot's result; there is no Lex bot on-prem (the block is a placeholder)";
        }
        return "the flow engine has no " + name + " (it would resolve to nothing); docs/FLOWS.md lists the $. names";
    }
}
