package org.contactcenter.routing.flows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.json.JsonObject;

import org.contactcenter.routing.demo.DemoCustomers;
import org.contactcenter.routing.demo.DemoFlows;
import org.contactcenter.routing.flows.control.FlowEnvironment;
import org.contactcenter.routing.flows.control.FlowParser;
import org.contactcenter.routing.flows.control.FlowRun;
import org.contactcenter.routing.flows.control.LoadedFlow;
import org.contactcenter.rules.flow.BlockCatalog;
import org.contactcenter.rules.flow.FlowProblem;
import org.contactcenter.rules.flow.FlowReferences;
import org.contactcenter.rules.flow.FlowValidator;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.router.Staffing;

/**
 * A scripted contact center for flow tests: a settable clock, queues, hours, staffing, external functions, quick
 * tables and a random source, all in memory. It records what the flows did (contacts queued, callbacks,
 * abandons). Ids are readable: {@code queue:Sales}, {@code flow:Demo disconnect}.
 */
public class ScriptedCenter implements FlowEnvironment, FlowReferences {
    public record Queued(String contactId, String queueId, Integer priority, long ageSeconds, Map<String, String> attributes,
                         org.contactcenter.rules.model.RoutingCriteria criteria) {
    }

    public Instant now = ZonedDateTime.of(2026, 11, 24, 10, 0, 0, 0, ZoneId.of("Asia/Tokyo")).toInstant();
    public final Map<String, LoadedFlow> flows = new HashMap<>();
    public final Map<String, String> flowTypes = new HashMap<>();
    public final Map<String, QueueInfo> queues = new LinkedHashMap<>();
    public final Map<String, Predicate<Instant>> hours = new HashMap<>();
    public final Map<String, Staffing> staffing = new HashMap<>();
    public final Map<String, Integer> capacity = new HashMap<>();
    public final Map<String, Function<FlowRun, Map<String, String>>> functions = new HashMap<>();
    public final Map<String, Map<String, Item>> tables = new HashMap<>();
    public final Map<String, Prompt> prompts = new HashMap<>();
    public final Deque<Integer> random = new ArrayDeque<>();
    public final List<Queued> queued = new ArrayList<>();
    public final List<String> abandoned = new ArrayList<>();
    /** contacts whose customer left the queue for the callback it chose */
    public final List<String> leftForCallback = new ArrayList<>();
    public final List<String> callbacks = new ArrayList<>();

    public ScriptedCenter() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        hours.put("hours:Business hours Tokyo", t -> {
            ZonedDateTime z = t.atZone(tokyo);
            return z.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue() && z.getHour() >= 9 && z.getHour() < 18;
        });
        hours.put("hours:24x7", t -> true);
        queue("Sales", "hours:Business hours Tokyo");
        queue("Support", "hours:Business hours Tokyo");
        queues.put("agentqueue:alice", new QueueInfo("agentqueue:alice", "agent:alice", "hours:24x7", true));
        staffing.put("queue:Sales", new Staffing(2, 2, 1));
        staffing.put("queue:Support", new Staffing(1, 1, 0));
        staffing.put("agentqueue:alice", new Staffing(1, 1, 1));
        functions.put("function:Customer lookup", run -> DemoCustomers.byNumber(run.customerEndpoint)
                .map(DemoCustomers.Customer::attributes).orElse(Map.of("found", "false")));
        tables.put("quickTable:Recent callers", new HashMap<>());
        demoFlow("Demo customer queue", "CUSTOMER_QUEUE", DemoFlows.CUSTOMER_QUEUE);
        demoFlow("Demo agent whisper", "AGENT_WHISPER", DemoFlows.AGENT_WHISPER);
        demoFlow("Demo disconnect", "DISCONNECT", DemoFlows.DISCONNECT);
        demoFlow("Default inbound", "CONTACT_FLOW", DemoFlows.INBOUND);
        demoFlow("Demo customer queue (Japanese)", "CUSTOMER_QUEUE", DemoFlows.CUSTOMER_QUEUE + DemoFlows.JAPANESE);
        demoFlow("Demo disconnect (Japanese)", "DISCONNECT", DemoFlows.DISCONNECT + DemoFlows.JAPANESE);
        demoFlow("Demo inbound Japanese", "CONTACT_FLOW", DemoFlows.INBOUND + DemoFlows.JAPANESE);
    }

    void queue(String name, String hoursId) {
        queues.put("queue:" + name, new QueueInfo("queue:" + name, name, hoursId, false));
    }

    void demoFlow(String name, String type, String file) {
        flow(name, type, DemoFlows.load(file, (kind, n) -> kind + ":" + n));
    }

    /** Parses, validates (it must be valid) and "publishes" a flow. */
    LoadedFlow flow(String name, String type, JsonObject json) {
        FlowParser.Parsed parsed = FlowParser.parse(json);
        String id = "flow:" + name;
        flowTypes.put(id, type);
        List<FlowProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(FlowValidator.validate(parsed.document(), type, this));
        if (!problems.isEmpty()) {
            throw new AssertionError(name + " is not valid: " + problems);
        }
        LoadedFlow flow = new LoadedFlow(id, name, type, 1, parsed.document());
        flows.put(id, flow);
        return flow;
    }

    @Override
    public boolean exists(String kind, String id) {
        return switch (kind) {
            case "queue" -> queues.containsKey(id);
            case "hours" -> hours.containsKey(id);
            case "function" -> true;
            case "quickTable" -> tables.containsKey(id);
            case "agent" -> queues.containsKey("agentqueue:" + id.substring(id.indexOf(':') + 1));
            case "prompt" -> prompts.containsKey(id);
            default -> false;
        };
    }

    @Override
    public Optional<String> flowType(String flowId) {
        return Optional.ofNullable(flowTypes.get(flowId));
    }

    @Override
    public Instant now() {
        return now;
    }

    @Override
    public Optional<LoadedFlow> publishedFlow(String flowId) {
        return Optional.ofNullable(flows.get(flowId));
    }

    @Override
    public Optional<Prompt> prompt(String promptId) {
        return Optional.ofNullable(prompts.get(promptId));
    }

    @Override
    public Optional<QueueInfo> queue(String queueId) {
        return Optional.ofNullable(queueId == null ? null : queues.get(queueId));
    }

    @Override
    public Optional<QueueInfo> agentQueue(String userId) {
        return Optional.ofNullable(queues.get("agentqueue:" + userId.substring(userId.indexOf(':') + 1)));
    }

    @Override
    public Optional<Boolean> hoursOpen(String hoursId) {
        return Optional.ofNullable(hours.get(hoursId)).map(p -> p.test(now));
    }

    @Override
    public QueueMetrics metrics(String queueId, Channel channel, String contactId) {
        long waiting = queued.stream().filter(q -> q.queueId().equals(queueId)).count();
        int position = 0;
        for (Queued q : queued) {
            if (q.queueId().equals(queueId)) {
                position++;
                if (q.contactId().equals(contactId)) {
                    break;
                }
            }
        }
        return new QueueMetrics((int) waiting, 0, staffing.getOrDefault(queueId, new Staffing(0, 0, 0)), position == 0 ? null : position,
                position == 0 ? null : position * 180L);
    }

    @Override
    public Map<String, String> invoke(String functionId, FlowRun run, Map<String, String> parameters) {
        Function<FlowRun, Map<String, String>> f = functions.get(functionId);
        if (f == null) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no function " + functionId);
        }
        return f.apply(run);
    }

    @Override
    public Optional<Item> readQuickTable(String tableId, String key) {
        Map<String, Item> table = tables.get(tableId);
        if (table == null) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no table " + tableId);
        }
        return Optional.ofNullable(table.get(key));
    }

    @Override
    public void writeQuickTable(String tableId, String key, Map<String, String> values) {
        Map<String, Item> table = tables.get(tableId);
        if (table == null) {
            throw new Failed(BlockCatalog.NO_MATCHING_ERROR, "no table " + tableId);
        }
        table.put(key, new Item(Map.copyOf(values), now));
    }

    @Override
    public void enqueue(FlowRun run, String queueId) {
        long inQueue = queued.stream().filter(q -> q.queueId().equals(queueId)).count();
        if (inQueue >= capacity.getOrDefault(queueId, Integer.MAX_VALUE)) {
            throw new Failed(BlockCatalog.QUEUE_AT_CAPACITY, queueId + " is full");
        }
        queued.add(new Queued(run.contactId, queueId, run.priority, run.ageSeconds, Map.copyOf(run.attributes), run.routingCriteria));
    }

    @Override
    public void changeQueuedPriority(FlowRun run, Integer priority, long ageSeconds) {
    }

    /** Criteria set while queued, by contact. */
    public final Map<String, org.contactcenter.rules.model.RoutingCriteria> queuedCriteria = new java.util.LinkedHashMap<>();

    @Override
    public void changeQueuedCriteria(FlowRun run, org.contactcenter.rules.model.RoutingCriteria criteria) {
        queuedCriteria.put(run.contactId, criteria);
    }

    @Override
    public void leftQueue(FlowRun run, String callbackContactId) {
        (callbackContactId == null ? abandoned : leftForCallback).add(run.contactId);
        queued.removeIf(q -> q.contactId().equals(run.contactId));
    }

    @Override
    public String createCallback(FlowRun run, String queueId, String number, long delaySeconds) {
        callbacks.add(queueId + " " + number);
        return "callback:" + callbacks.size();
    }

    @Override
    public int random100() {
        return random.isEmpty() ? 50 : random.pop();
    }
}
