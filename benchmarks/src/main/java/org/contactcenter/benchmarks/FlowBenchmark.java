package org.contactcenter.benchmarks;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.contactcenter.routing.flows.ScriptedCenter;
import org.contactcenter.routing.flows.control.FlowInterpreter;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.flow.BlockStep;
import org.contactcenter.rules.flow.CustomerEvent;
import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.flow.FlowCondition;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The flow engine in-process: a whole call through the demo inbound flow (18 blocks incl. the customer queue flow's
 * first three, every completed block decided by the {@code flows} rules) against the scripted center of the flow tests, and one block
 * decision alone. What it leaves out: the database, HTTP to the CRM and routing, which the real center adds.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Thread)
public class FlowBenchmark {
    private static final RuleBases RULES = RuleBases.loadBuiltIn(Clock.systemUTC());
    private static final FlowAction MENU = new FlowAction(0, "menu", "GetParticipantInput", Map.of("Text", "1 or 2"), null,
            List.of(new FlowCondition("sales", "Equals", List.of("1", "sales")), new FlowCondition("support", "Equals", List.of("2", "support", "help"))),
            Map.of("InputTimeLimitExceeded", "menu", "NoMatchingCondition", "menu", "NoMatchingError", "sales"));

    private ScriptedCenter center;
    private FlowInterpreter engine;
    private long calls;

    @Setup(Level.Iteration)
    public void center() {
        center = new ScriptedCenter();
        engine = new FlowInterpreter(center, RULES::decide, 100);
    }

    /** One caller (the CRM's gold member): greeting, VIP priority, menu, "2", Support, queue flow, hold prompt. */
    @Benchmark
    public List<MediaAction> demoInboundCall() {
        calls++;
        center.queued.clear(); // each caller is first in the queue (the scripted queue is a list)
        center.tables.get("quickTable:Recent callers").clear(); // every call takes the menu, none is a repeat caller
        FlowRun run = new FlowRun("c" + calls, Channel.VOICE, "+819011112222", "+81312340000", Map.of(), center.now);
        engine.start(run, center.flows.get("flow:Default inbound"));
        List<MediaAction> actions = engine.resume(run, CustomerEvent.INPUT, "2");
        if (actions.size() != 4 || actions.get(0).type != MediaAction.Type.QUEUED) {
            throw new IllegalStateException("the call did not take the measured path: " + actions + " " + run.log);
        }
        return actions;
    }

    /** One block decision: a chat message matched against the menu's options and keywords by the rules. */
    @Benchmark
    public String menuDecision() {
        return RULES.decide(new BlockStep(MENU, Channel.CHAT, CustomerEvent.INPUT, "I need help with my order")).getTransition();
    }
}
