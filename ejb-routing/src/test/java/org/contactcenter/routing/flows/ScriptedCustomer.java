package org.contactcenter.routing.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.contactcenter.routing.flows.control.FlowInterpreter;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.flow.CustomerEvent;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;

/** A customer who calls or chats and answers the flow from a script; every action it was sent is kept. */
class ScriptedCustomer {
    static final RuleBases RULES = RuleBases.loadBuiltIn(Clock.systemUTC());

    final ScriptedCenter center;
    final FlowInterpreter engine;
    final FlowRun run;
    final List<MediaAction> seen = new ArrayList<>();
    List<MediaAction> last = List.of();

    ScriptedCustomer(ScriptedCenter center, Channel channel, String number, int maxSteps) {
        this.center = center;
        this.engine = new FlowInterpreter(center, RULES::decide, maxSteps);
        this.run = new FlowRun(UUID.randomUUID().toString(), channel, number, "+81312340000", Map.of(), center.now);
    }

    static ScriptedCustomer calls(ScriptedCenter center, String number) {
        return new ScriptedCustomer(center, Channel.VOICE, number, 100).start("flow:Default inbound");
    }

    static ScriptedCustomer chats(ScriptedCenter center, String number) {
        return new ScriptedCustomer(center, Channel.CHAT, number, 100).start("flow:Default inbound");
    }

    static ScriptedCustomer chatsInJapanese(ScriptedCenter center, String number) {
        return new ScriptedCustomer(center, Channel.CHAT, number, 100).start("flow:Demo inbound Japanese");
    }

    /** The last question, as the chat shows it. */
    MediaAction question() {
        MediaAction lastAction = last.get(last.size() - 1);
        assertEquals(MediaAction.Type.GET_INPUT, lastAction.type, "expected a question but got " + last);
        return lastAction;
    }

    ScriptedCustomer start(String flowId) {
        return took(engine.start(run, center.flows.get(flowId)));
    }

    ScriptedCustomer says(String input) {
        return took(engine.resume(run, CustomerEvent.INPUT, input));
    }

    ScriptedCustomer staysSilent() {
        return took(engine.resume(run, CustomerEvent.TIMEOUT, null));
    }

    ScriptedCustomer agentAnswers(String agentId) {
        return took(engine.connected(run, agentId));
    }

    ScriptedCustomer agentHangsUp() {
        return took(engine.agentDisconnected(run));
    }

    private ScriptedCustomer took(List<MediaAction> actions) {
        last = actions;
        seen.addAll(actions);
        return this;
    }

    /** The texts of the last answer's actions, in order. */
    List<String> heard() {
        return last.stream().filter(a -> a.text != null && a.type != MediaAction.Type.QUEUED).map(a -> a.text).toList();
    }

    ScriptedCustomer hears(String fragment) {
        assertTrue(heard().stream().anyMatch(t -> t.contains(fragment)), "expected to hear \"" + fragment + "\" but heard " + last + "\nlog: " + run.log);
        return this;
    }

    ScriptedCustomer isAsked(String fragment) {
        MediaAction lastAction = last.get(last.size() - 1);
        assertEquals(MediaAction.Type.GET_INPUT, lastAction.type, "expected a question but got " + last);
        assertTrue(lastAction.text.contains(fragment), "expected to be asked \"" + fragment + "\" but got " + lastAction.text);
        return this;
    }

    ScriptedCustomer isQueuedIn(String queueId) {
        assertTrue(last.stream().anyMatch(a -> a.type == MediaAction.Type.QUEUED && queueId.equals(a.queueId)),
                "expected to be queued in " + queueId + " but got " + last + "\nlog: " + run.log);
        return this;
    }

    ScriptedCustomer isDisconnected() {
        assertEquals(MediaAction.Type.DISCONNECT, last.get(last.size() - 1).type, "expected a disconnect but got " + last + "\nlog: " + run.log);
        assertEquals(FlowRun.State.ENDED, run.state);
        return this;
    }
}
