package org.contactcenter.rules.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A parsed flow document: where it starts and its actions by identifier (document order kept). */
public record FlowDocument(String startAction, List<FlowAction> actions) {
    public FlowDocument {
        actions = List.copyOf(actions);
    }

    public Optional<FlowAction> action(String identifier) {
        return identifier == null ? Optional.empty() : Optional.ofNullable(byId().get(identifier));
    }

    public Map<String, FlowAction> byId() {
        Map<String, FlowAction> map = new LinkedHashMap<>();
        for (FlowAction a : actions) {
            map.putIfAbsent(a.identifier(), a);
        }
        return Collections.unmodifiableMap(map);
    }

    /** Escapes one JSON pointer reference token (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
