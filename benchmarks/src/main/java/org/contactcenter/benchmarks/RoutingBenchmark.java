package org.contactcenter.benchmarks;

import java.util.concurrent.TimeUnit;

import org.contactcenter.rules.router.Routed;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * (a) Routed contacts per second at 1,000 agents, 10,000 waiting contacts, 50 queues, 100 profiles. One operation
 * is one routed contact, end to end: an agent ends a chat and finishes ACW, the router picks its best eligible
 * waiting contact and offers it (the decision), the agent accepts, and a new chat arrives through the routing rules
 * to keep 10,000 waiting. The reference does the same on plain FIFOs without rules.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RoutingBenchmark extends RoutingState {

    @Benchmark
    public int routedContactsWithRules() {
        int agent = nextAgent();
        String contact = held[agent].pollFirst();
        router.end(contact, CenterFixture.agent(agent));
        Routed routed = router.afterContactWorkDone(contact, CenterFixture.agent(agent), now());
        accept(routed);
        accept(enqueueNew());
        return routed.offers().size();
    }

    /** Where the time goes: the routing rules' priority decision for one new contact (a Drools stateless session). */
    @Benchmark
    public int rulesPriorityDecisionOnly() {
        long n = contacts++;
        return rules.contactPriority(org.contactcenter.rules.model.Channel.CHAT, CenterFixture.attributes(n));
    }

    @Benchmark
    public String routedContactsReference() {
        int agent = nextAgent();
        String next = reference.next(CenterFixture.profileOf(agent));
        long n = contacts++;
        reference.enqueue("r" + n, CenterFixture.contactQueue(n));
        return next;
    }
}
