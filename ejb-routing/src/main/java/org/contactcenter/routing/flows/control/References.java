package org.contactcenter.routing.flows.control;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.flow.SystemAttributes;

/**
 * The contact's values behind {@code $.} references ({@link SystemAttributes#KNOWN}): user attributes, a function's
 * or quick table's answer, queue metrics, stored input, channel, ids, endpoints, the working queue and the voice.
 * A name the engine does not know resolves to nothing (the importer and the validator report such names).
 */
final class References {
    private References() {
    }

    /** The action with every {@code $.} reference in its parameters replaced by the contact's current value. */
    static FlowAction resolve(FlowAction a, FlowRun run) {
        Map<String, String> resolved = new LinkedHashMap<>();
        a.parameters().forEach((k, v) -> resolved.put(k, interpolate(v, run)));
        return new FlowAction(a.index(), a.identifier(), a.type(), resolved, a.nextAction(), a.conditions(), a.errors());
    }

    static String interpolate(String value, FlowRun run) {
        if (value == null || !value.contains("$.")) {
            return value;
        }
        Matcher m = SystemAttributes.KNOWN.matcher(value);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Optional.ofNullable(lookup(m, run)).orElse("")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String lookup(Matcher m, FlowRun run) {
        if (m.group(1) != null) {
            return switch (m.group(1)) {
                case "Attributes" -> run.attributes.get(m.group(2));
                case "External" -> run.external.get(m.group(2));
                default -> run.quickTable.get(m.group(2));
            };
        }
        if (m.group(3) != null) {
            return run.metrics.get(m.group(3));
        }
        if (m.group(4) != null) {
            return switch (m.group(4)) {
                case "StoredCustomerInput" -> run.storedInput;
                case "Channel" -> run.channel.name();
                case "ContactId" -> run.contactId;
                case "TextToSpeechVoice" -> run.voice;
                default -> run.callbackNumber;
            };
        }
        if (m.group(5) != null) {
            return "CustomerEndpoint".equals(m.group(5)) ? run.customerEndpoint : run.systemEndpoint;
        }
        return "Id".equals(m.group(6)) ? run.workingQueueId : run.workingQueueName;
    }

    static long number(String value, long otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
