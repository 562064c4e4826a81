package org.contactcenter.benchmarks;

import java.util.concurrent.TimeUnit;

import org.contactcenter.rules.router.Routed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (b) The latency of one routing decision when an agent frees a slot, as a distribution (JMH sample time gives
 * p50, p99, p99.9). Before each call (not measured) an agent ends a chat and a new chat arrives through the rules;
 * the measured call is ACW done → the router finds the agent's best eligible contact among 10,000 and offers it.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DecisionLatencyBenchmark extends RoutingState {
    private int agent;
    private String freed;

    @Setup(Level.Invocation)
    public void freeOneSlot() {
        agent = nextAgent();
        long n = contacts;
        reference.enqueue("r" + n, CenterFixture.contactQueue(n));
        freed = held[agent].pollFirst();
        if (freed != null) { // null only in the reference's run, which never refills the router's agents
            router.end(freed, CenterFixture.agent(agent));
            accept(enqueueNew());
        }
    }

    @Benchmark
    public Routed decisionWithRules() {
        Routed routed = router.afterContactWorkDone(freed, CenterFixture.agent(agent), now());
        accept(routed);
        return routed;
    }

    @Benchmark
    public String decisionReference() {
        return reference.next(CenterFixture.profileOf(agent));
    }
}
