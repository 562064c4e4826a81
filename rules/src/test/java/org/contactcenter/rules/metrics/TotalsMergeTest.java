package org.contactcenter.rules.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.contactcenter.rules.model.Channel;
import org.junit.jupiter.api.Test;

/** Merging the totals of disjoint sets of records gives the totals of their union, whatever the split and order. */
class TotalsMergeTest {
    static final long T0 = 1_800_000_000_000L;

    /** A random record: waiting, answered (some held, some in ACW, some completed), abandoned, transferred, in an agent queue. */
    static RecordFacts random(Random r, int i) {
        long q = T0 + r.nextInt(3_600_000);
        boolean agentQueue = r.nextInt(10) == 0;
        int kind = r.nextInt(5);
        Long answer = kind >= 2 ? q + r.nextInt(700_000) : null;
        Long acw = answer != null && kind >= 3 ? answer + r.nextInt(600_000) : null;
        Long acwEnd = acw != null && kind == 4 ? acw + r.nextInt(60_000) : null;
        Long gone = kind == 1 ? Long.valueOf(q + r.nextInt(300_000)) : acw;
        int holds = answer != null && r.nextInt(6) == 0 ? 1 + r.nextInt(2) : 0;
        boolean out = answer != null && r.nextInt(30) == 0;
        boolean ended = kind == 1 || acwEnd != null || out;
        return new RecordFacts("c" + i, r.nextBoolean() ? Channel.VOICE : Channel.CHAT, "q" + r.nextInt(3), agentQueue,
                answer == null ? null : "a" + r.nextInt(4), answer == null ? null : "p1", q, kind == 1 ? gone : answer, answer, acw,
                acwEnd, gone, holds * 7_000L, holds, r.nextInt(20) == 0 ? 1 : 0, r.nextInt(25) == 0, out, ended);
    }

    @Test
    void mergedPartsEqualTheWhole() {
        Random r = new Random(12);
        for (int run = 0; run < 50; run++) {
            List<RecordFacts> records = new ArrayList<>();
            for (int i = 0; i < 1 + r.nextInt(300); i++) {
                records.add(random(r, i));
            }
            Totals whole = new Totals();
            records.forEach(f -> whole.add(f, 1));
            int parts = 1 + r.nextInt(6);
            List<Totals> split = new ArrayList<>();
            for (int p = 0; p < parts; p++) {
                split.add(new Totals());
            }
            records.forEach(f -> split.get(r.nextInt(parts)).add(f, 1));
            Totals merged = new Totals();
            for (int p = parts - 1; p >= 0; p--) {
                merged.merge(split.get(p));
            }
            assertArrayEquals(whole.values(), merged.values(), "run " + run);
            assertEquals(whole.metrics().toString(), merged.metrics().toString(), "run " + run);
            assertEquals(records.size(), merged.records());
        }
    }

    @Test
    void mergingIntoEmptyTotalsCopiesThemAndMaximaTakeTheLarger() {
        Totals a = new Totals();
        a.add(TotalsTest.contact("c1", 0, 40, 70, 100, 100, 0, 0, 0, false, false), 1);
        Totals b = new Totals();
        b.add(TotalsTest.contact("c2", 0, 10, 70, 100, 100, 0, 0, 0, false, false), 1);
        assertEquals(40.0, new Totals().merge(b).merge(a).metrics().get("maxQueuedTime"));
        assertEquals(40.0, new Totals().merge(a).merge(b).metrics().get("maxQueuedTime"));
        assertArrayEquals(a.values(), new Totals().merge(a).values());
    }

    @Test
    void valuesRoundTrip() {
        Random r = new Random(7);
        Totals t = new Totals();
        for (int i = 0; i < 100; i++) {
            t.add(random(r, i), 1);
        }
        assertArrayEquals(t.values(), Totals.of(t.values()).values());
        assertEquals(t.metrics(), Totals.of(t.values()).metrics());
        assertEquals(Totals.FIELDS.size(), t.values().length);
        assertEquals("max_queued_millis", Totals.FIELDS.get(Totals.MAX_QUEUED_INDEX));
    }
}
