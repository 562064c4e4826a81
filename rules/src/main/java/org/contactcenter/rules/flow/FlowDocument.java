package org.contactcenter.rules.flow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed flow document: where it starts and its actions (document order kept), indexed by identifier once, when
 * it is built (the engine looks an action up at every block). Immutable.
 */
public final class FlowDocument {
    private final String startAction;
    private final List<FlowAction> actions;
    private final Map<String, FlowAction> byId;

    public FlowDocument(String startAction, List<FlowAction> actions) {
        this.startAction = startAction;
        this.actions = List.copyOf(actions);
        Map<String, FlowAction> index = new LinkedHashMap<>();
        for (FlowAction a : this.actions) {
            index.putIfAbsent(a.identifier(), a);
        }
        this.byId = Collections.unmodifiableMap(index);
    }

    public String startAction() {
        return startAction;
    }

    public List<FlowAction> actions() {
        return actions;
    }

    public Optional<FlowAction> action(String identifier) {
        return identifier == null ? Optional.empty() : Optional.ofNullable(byId.get(identifier));
    }

    /** The actions by identifier (the first one of a duplicated identifier). */
    public Map<String, FlowAction> byId() {
        return byId;
    }

    /** Escapes one JSON pointer reference token (RFC 6901). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
