package org.contactcenter.rules.router;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.contactcenter.rules.model.AgentActivity;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Offer;
import org.contactcenter.rules.model.Presence;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Proficiency;
import org.contactcenter.rules.model.Profile;
import org.contactcenter.rules.model.RoutingCriteria;
import org.contactcenter.rules.model.QueueEntry;

/**
 * Reads and plays the analysts' routing case files (shipped in {@code org/contactcenter/rules/routing-cases/*.csv},
 * more in the rules directory's {@code cases/}, or typed in the rules page; format in rules/README.md): a scenario is a story of timed events, and {@code expect…} lines check what the event just
 * before them decided.
 */
public final class RoutingCases {
    static final String FOLDER = "org/contactcenter/rules/routing-cases/";
    static final Instant ZERO = Instant.parse("2030-01-07T09:00:00Z");

    /** One scenario: its file and line, and its rows. */
    public record Scenario(String name, String source, List<Row> rows) {
        @Override
        public String toString() {
            return name + " (" + source + ")";
        }
    }

    public record Row(int line, List<String> cells) {
        String cell(int i) {
            return i < cells.size() ? cells.get(i).trim() : "";
        }
    }

    /** The shipped case files (org/contactcenter/rules/routing-cases/, listed in its index), scenario by scenario. */
    public static List<Scenario> builtIn() {
        List<Scenario> scenarios = new ArrayList<>();
        for (String name : resource("index").split("\n")) {
            if (!name.isBlank()) {
                scenarios.addAll(read(name.strip(), resource(name.strip())));
            }
        }
        return scenarios;
    }

    private static String resource(String name) {
        try (InputStream in = RoutingCases.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the shipped case file " + FOLDER + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios of one case file's text; {@code source} names it in every line reference (file.csv:LINE). */
    public static List<Scenario> read(String source, String text) {
        List<Scenario> scenarios = new ArrayList<>();
        List<String> lines = List.of(text.split("\r?\n", -1));
        String name = null;
        int start = 0;
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split(",", -1));
            if (cells.get(0).equals("scenario")) {
                if (name != null) {
                    scenarios.add(new Scenario(name, source + ":" + start, rows));
                }
                name = cells.size() > 1 ? cells.get(1).strip() : "";
                start = i + 1;
                rows = new ArrayList<>();
            } else {
                if (name == null) {
                    throw new IllegalArgumentException(source + ":" + (i + 1) + ": a case file starts with a scenario,NAME row");
                }
                rows.add(new Row(i + 1, cells));
            }
        }
        if (name != null) {
            scenarios.add(new Scenario(name, source + ":" + start, rows));
        }
        return scenarios;
    }

    /** What one scenario gave: passed, or the first wrong decision (file:line: expected … but was …). */
    public record Outcome(String scenario, String source, boolean passed, String failure) {
    }

    /** Plays a scenario and says how it went, never throwing for a wrong decision or a bad row. */
    public static Outcome run(Scenario scenario, RuleBases rules) {
        try {
            play(scenario, rules);
            return new Outcome(scenario.name(), scenario.source(), true, null);
        } catch (AssertionError | RuntimeException e) {
            return new Outcome(scenario.name(), scenario.source(), false, e.getMessage());
        }
    }

    /** Plays a scenario against a fresh router; throws AssertionError naming file:line at the first wrong decision. */
    public static void play(Scenario scenario, RuleBases rules) {
        Router router = new Router(rules::contactPriority);
        Map<String, String[]> agents = new HashMap<>();
        List<Offer> last = List.of();
        String source = scenario.source().substring(0, scenario.source().indexOf(':'));
        for (Row row : scenario.rows()) {
            String at = source + ":" + row.line();
            try {
                switch (row.cell(0)) {
                    case "profile" -> router.configure(profile(row), ZERO);
                    case "agent" -> agents.put(row.cell(1), new String[] {row.cell(2), row.cell(3).isEmpty() ? null : row.cell(3), row.cell(4)});
                    case "at" -> last = event(router, rules, agents, row);
                    case "expect" -> check(at, "offers", offers(row.cell(1)), last.stream().map(o -> o.contactId() + ">" + o.agentId()).toList());
                    case "expect-waiting" -> check(at, "waiting in " + row.cell(1), list(row.cell(2)),
                            router.waiting(row.cell(1), ZERO).stream().map(WaitingContact::contactId).toList());
                    case "expect-activity" -> check(at, "activity of " + row.cell(1), AgentActivity.valueOf(row.cell(2)),
                            router.agentView(row.cell(1)).activity());
                    case "expect-error" -> {
                        try {
                            List<String> asEvent = new ArrayList<>(row.cells());
                            asEvent.set(0, "at");
                            event(router, rules, agents, new Row(row.line(), asEvent));
                            throw new AssertionError(at + ": expected the router to refuse " + row.cells());
                        } catch (RoutingException expected) {
                            last = List.of();
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown row type " + row.cell(0));
                }
            } catch (RuntimeException e) {
                throw new AssertionError(at + ": " + e.getMessage(), e);
            }
            List<String> problems = router.checkInvariants();
            if (!problems.isEmpty()) {
                throw new AssertionError(at + ": invariants broken: " + problems);
            }
        }
    }

    private static List<Offer> event(Router router, RuleBases rules, Map<String, String[]> agents, Row row) {
        Instant t = ZERO.plusSeconds(Long.parseLong(row.cell(1)));
        String what = row.cell(2);
        String a = row.cell(3);
        String b = row.cell(4);
        return switch (what) {
            case "enqueue" -> {
                Channel channel = Channel.valueOf(row.cell(5));
                Map<String, String> attributes = attributes(row.cell(6));
                RoutingCriteria criteria = row.cell(8).isEmpty() ? rules.routing(channel, attributes).criteria() : criteria(row.cell(8));
                yield router.enqueue(new ContactRequest(a, b, channel, attributes, row.cell(7).isEmpty() ? null : Integer.valueOf(row.cell(7)),
                        t, criteria, t), t).offers();
            }
            case "outbound" -> { // at,T,outbound,CONTACT,AGENT,QUEUE
                router.connectOutbound(new ContactRequest(a, row.cell(5), Channel.VOICE, Map.of(), null, t), b);
                yield List.of();
            }
            case "enqueue-at" -> // at,T,enqueue-at,CONTACT,QUEUE,CHANNEL,SECONDS: enqueued SECONDS after the event's time (a clock read later)
                    router.enqueue(new ContactRequest(a, b, Channel.valueOf(row.cell(5)), Map.of(), null, t.plusSeconds(Long.parseLong(row.cell(6)))), t).offers();
            case "criteria" -> router.routingCriteria(a, b.equals("none") ? null : criteria(b), t).offers();
            case "available", "custom", "offline" -> {
                String[] agent = agents.get(a);
                if (agent == null) {
                    throw new IllegalArgumentException("agent " + a + " is not declared");
                }
                Presence presence = what.equals("available") ? Presence.AVAILABLE : what.equals("custom") ? Presence.CUSTOM : Presence.OFFLINE;
                yield router.agentStatus(a, agent[0], agent[1], proficiencies(agent[2]), presence, t).offers();
            }
            case "accept" -> {
                router.accept(a, b);
                yield List.of();
            }
            case "reject" -> router.reject(a, b, t).offers();
            case "miss" -> router.missed(a, b, t).offers();
            case "end" -> {
                router.end(a, b);
                yield List.of();
            }
            case "acw-done" -> router.afterContactWorkDone(a, b, t).offers();
            case "delay" -> router.delayElapsed(a, t).offers();
            case "abandon" -> router.abandon(a, t).offers();
            case "error" -> {
                router.agentError(a);
                yield List.of();
            }
            case "remove" -> {
                router.removeAgent(a);
                yield List.of();
            }
            case "priority" -> router.changePriority(a, b.isEmpty() ? null : Integer.valueOf(b),
                    row.cell(5).isEmpty() ? 0 : Long.parseLong(row.cell(5)), t).offers();
            case "profile" -> router.configure(profile(new Row(row.line(), row.cells().subList(2, row.cells().size()))), t).offers();
            default -> throw new IllegalArgumentException("unknown event " + what);
        };
    }

    /** {@code profile,ID,VOICE:1|CHAT:3:ANY,Sales:CHAT:1:0|Support:CHAT:2:30} */
    private static Profile profile(Row row) {
        List<MediaLimit> media = list(row.cell(2)).stream().map(m -> m.split(":")).map(m -> new MediaLimit(Channel.valueOf(m[0]),
                Integer.parseInt(m[1]), m.length > 2 && m[2].equals("ANY") ? CrossChannelBehavior.ROUTE_ANY_CHANNEL
                        : CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY)).toList();
        List<QueueEntry> queues = list(row.cell(3)).stream().map(q -> q.split(":"))
                .map(q -> new QueueEntry(q[0], Channel.valueOf(q[1]), Integer.parseInt(q[2]), Integer.parseInt(q[3]))).toList();
        return new Profile(row.cell(1), media, queues);
    }

    /** {@code Language=Japanese:4|Product=Billing:2} */
    private static List<Proficiency> proficiencies(String cell) {
        return list(cell).stream().map(p -> {
            int colon = p.lastIndexOf(':');
            String[] nv = p.substring(0, colon).split("=", 2);
            return new Proficiency(nv[0].strip(), nv[1].strip(), Integer.parseInt(p.substring(colon + 1).strip()));
        }).toList();
    }

    /** {@code Language=Japanese>=4 and Product=Billing>=2 for 30s; Language=Japanese>=1 or Language=English>=5} */
    static RoutingCriteria criteria(String cell) {
        List<RoutingCriteria.Step> steps = new ArrayList<>();
        for (String step : cell.split(";")) {
            String expr = step.strip();
            Integer expiry = null;
            int forAt = expr.lastIndexOf(" for ");
            if (forAt >= 0) {
                expiry = Integer.valueOf(expr.substring(forAt + 5).strip().replace("s", ""));
                expr = expr.substring(0, forAt);
            }
            List<RoutingCriteria.Expression> any = new ArrayList<>();
            for (String alternative : expr.split(" or ")) {
                List<RoutingCriteria.Expression> all = new ArrayList<>();
                for (String condition : alternative.split(" and ")) {
                    String[] nv = condition.strip().split(">=");
                    String[] kv = nv[0].split("=", 2);
                    all.add(new RoutingCriteria.Condition(kv[0].strip(), kv[1].strip(), Integer.parseInt(nv[1].strip())));
                }
                any.add(all.size() == 1 ? all.get(0) : new RoutingCriteria.And(all));
            }
            steps.add(new RoutingCriteria.Step(any.size() == 1 ? any.get(0) : new RoutingCriteria.Or(any), expiry));
        }
        return new RoutingCriteria(steps);
    }

    private static Map<String, String> attributes(String cell) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String pair : list(cell)) {
            String[] kv = pair.split("=", 2);
            attributes.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
        return attributes;
    }

    private static List<String> offers(String cell) {
        return cell.equals("none") ? List.of() : list(cell);
    }

    private static List<String> list(String cell) {
        return cell.isBlank() || cell.equals("-") ? List.of() : Arrays.stream(cell.split("\\|")).map(String::strip).collect(Collectors.toList());
    }

    private static void check(String at, String what, Object expected, Object actual) {
        if (!expected.equals(actual)) {
            throw new AssertionError(at + ": " + what + " expected " + expected + " but was " + actual);
        }
    }

    private RoutingCases() {
    }
}
