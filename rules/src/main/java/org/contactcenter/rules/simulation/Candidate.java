package org.contactcenter.rules.simulation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.contactcenter.rules.kbase.RuleBaseException;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.model.Channel;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.rules.model.MediaLimit;
import org.contactcenter.rules.model.Proficiency;

/**
 * A candidate configuration to replay records against (docs/SIMULATOR.md): routing profiles that replace (same id or
 * name) or add to the ones derived from the records, staffing changes, and the routing rule base. Everything omitted
 * is as recorded, and the shipped rules. Routing profiles and agents are referred to by id or by name (username), as
 * the records give them.
 *
 * @param profiles       candidate routing profiles
 * @param recordedStaff  whether the agents seen in the records work as recorded (true), changed by {@code staff}; or
 *                       only the agents listed in {@code staff} (false)
 * @param staff          staffing entries
 * @param rules          the routing rule base to decide each contact's priority and routing criteria
 */
public record Candidate(List<ProfileSpec> profiles, boolean recordedStaff, List<StaffSpec> staff, RuleBases rules) {
    public Candidate {
        profiles = List.copyOf(profiles);
        staff = List.copyOf(staff);
        if (rules == null) {
            throw new IllegalArgumentException("a candidate needs a rule base (RuleBases.loadBuiltIn for the shipped rules)");
        }
    }

    /** As recorded, with the shipped rules. */
    public static Candidate asRecorded() {
        return new Candidate(List.of(), true, List.of(), Shipped.RULES);
    }

    /** The shipped rule base, built once (an immutable, thread-safe {@link RuleBases}). */
    private static final class Shipped {
        static final RuleBases RULES = RuleBases.loadBuiltIn(Clock.systemUTC());
    }

    /** One (queue, channel) a candidate profile serves; {@code queue} is a queue id or name of the records. */
    public record QueueSpec(String queue, Channel channel, int priority, int delaySeconds) {
    }

    /** A candidate routing profile; {@code id} matches a recorded profile's id or name, or names a new one. */
    public record ProfileSpec(String id, List<MediaLimit> media, List<QueueSpec> queues) {
        public ProfileSpec {
            media = List.copyOf(media);
            queues = List.copyOf(queues);
        }
    }

    /**
     * A staffing entry for one agent (id or username; a new name is a new agent): its routing profile (null: as
     * recorded), when it is Available (null: as recorded — its first to its last contact of the period), its
     * proficiencies (null: none), or {@code absent}: the recorded agent does not work in the candidate.
     */
    public record StaffSpec(String agent, String profile, Instant from, Instant to, List<Proficiency> proficiencies, boolean absent) {
    }

    // ------------------------------------------------------------------------------------------ the JSON file

    /**
     * Reads a candidate configuration file (docs/SIMULATOR.md); rule file paths are relative to the file's folder. A
     * wrong member is an {@link InputException} naming the file and the member; a rule file that does not compile is a
     * {@link RuleBaseException} naming the rule file and line, as the server rejects it.
     */
    public static Candidate read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        Object json;
        try {
            json = Json.parse(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (Json.Malformed e) {
            throw new InputException(file + ":" + lineOf(text, e.column) + ": " + e.getMessage());
        }
        Path base = file.toAbsolutePath().getParent();
        try {
            return of(json, base);
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + e.getMessage());
        }
    }

    private static String lineOf(String text, int column) {
        int line = 1;
        int col = 1;
        for (int k = 0; k < column - 1 && k < text.length(); k++) {
            if (text.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return line + ":" + col;
    }

    /** Reads the candidate's JSON (already parsed); relative rule paths against {@code base}. */
    public static Candidate of(Object json, Path base) {
        Node root = Node.root(json);
        root.only("routingProfiles", "staffing", "rules");
        List<ProfileSpec> profiles = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Node p : root.list("routingProfiles")) {
            p.only("routingProfile", "media", "queues");
            String id = p.text("routingProfile", true);
            if (!ids.add(id)) {
                throw p.at("routingProfile").wrong("routing profile " + id + " is given twice");
            }
            List<MediaLimit> media = new ArrayList<>();
            for (Node m : p.list("media")) {
                m.only("channel", "concurrency", "crossChannelBehavior");
                Channel channel = m.enumValue("channel", Channel.class, true);
                String behavior = m.text("crossChannelBehavior", false);
                int concurrency = m.integer("concurrency", 1, 10, 1);
                if (media.stream().anyMatch(l -> l.channel() == channel)) {
                    throw m.at("channel").wrong("channel " + channel + " is given twice");
                }
                try {
                    media.add(new MediaLimit(channel, concurrency, behavior == null ? null : CrossChannelBehavior.valueOf(behavior)));
                } catch (IllegalArgumentException e) {
                    throw m.wrong(e.getMessage() + " (crossChannelBehavior: ROUTE_CURRENT_CHANNEL_ONLY or ROUTE_ANY_CHANNEL)");
                }
            }
            if (media.isEmpty()) {
                throw p.at("media").wrong("a routing profile needs at least one channel");
            }
            List<QueueSpec> queues = new ArrayList<>();
            for (Node q : p.list("queues")) {
                q.only("queue", "channel", "priority", "delaySeconds");
                QueueSpec spec = new QueueSpec(q.text("queue", true), q.enumValue("channel", Channel.class, true),
                        q.integer("priority", 1, 99, 1), q.integer("delaySeconds", 0, 9999, 0));
                if (queues.stream().anyMatch(o -> o.queue().equals(spec.queue()) && o.channel() == spec.channel())) {
                    throw q.wrong("queue " + spec.queue() + " on " + spec.channel() + " is given twice");
                }
                if (media.stream().noneMatch(l -> l.channel() == spec.channel())) {
                    throw q.at("channel").wrong("the profile has no " + spec.channel() + " in its media");
                }
                queues.add(spec);
            }
            profiles.add(new ProfileSpec(id, media, queues));
        }
        boolean recorded = true;
        List<StaffSpec> staff = new ArrayList<>();
        Node staffing = root.at("staffing");
        if (!staffing.missing()) {
            staffing.only("recordedAgents", "agents");
            recorded = staffing.bool("recordedAgents", true);
            Set<String> agents = new HashSet<>();
            for (Node a : staffing.list("agents")) {
                a.only("agent", "routingProfile", "from", "to", "proficiencies", "absent");
                String agent = a.text("agent", true);
                if (!agents.add(agent)) {
                    throw a.at("agent").wrong("agent " + agent + " is given twice");
                }
                Instant from = a.instant("from");
                Instant to = a.instant("to");
                if ((from == null) != (to == null) || (from != null && !from.isBefore(to))) {
                    throw a.wrong("from and to are given together, from before to");
                }
                List<Proficiency> proficiencies = null;
                if (!a.at("proficiencies").missing()) {
                    proficiencies = new ArrayList<>();
                    for (Node pr : a.list("proficiencies")) {
                        pr.only("name", "value", "level");
                        try {
                            proficiencies.add(new Proficiency(pr.text("name", true), pr.text("value", true), pr.integer("level", 1, 5, 1)));
                        } catch (IllegalArgumentException e) {
                            throw pr.wrong(e.getMessage());
                        }
                    }
                }
                staff.add(new StaffSpec(agent, a.text("routingProfile", false), from, to, proficiencies, a.bool("absent", false)));
            }
        }
        Node rules = root.at("rules");
        Path directory = null;
        List<Path> routing = new ArrayList<>();
        if (!rules.missing()) {
            rules.only("directory", "routing");
            String dir = rules.text("directory", false);
            if (dir != null) {
                directory = base.resolve(dir);
                if (!Files.isDirectory(directory)) {
                    throw rules.at("directory").wrong("no such directory: " + directory);
                }
            }
            for (Node f : rules.list("routing")) {
                routing.add(base.resolve(f.string()));
            }
        }
        RuleBases bases = directory == null && routing.isEmpty() ? Shipped.RULES
                : RuleBases.load(Clock.systemUTC(), directory, Map.of(RuleBases.ROUTING, routing));
        return new Candidate(profiles, recorded, staff, bases);
    }

    /** A member of the configuration with its JSON path, for messages such as {@code routingProfiles[0].queues[1].priority}. */
    private record Node(String path, Object value) {
        static Node root(Object json) {
            if (!(json instanceof Map)) {
                throw new IllegalArgumentException("the candidate configuration is a JSON object");
            }
            return new Node("", json);
        }

        boolean missing() {
            return value == null;
        }

        IllegalArgumentException wrong(String message) {
            return new IllegalArgumentException((path.isEmpty() ? "" : path + ": ") + message);
        }

        Node at(String name) {
            Object v = value instanceof Map<?, ?> m ? m.get(name) : null;
            return new Node(path.isEmpty() ? name : path + "." + name, v);
        }

        void only(String... names) {
            if (!(value instanceof Map<?, ?> m)) {
                throw wrong("an object");
            }
            for (Object key : m.keySet()) {
                if (!List.of(names).contains(key)) {
                    throw at(key.toString()).wrong("unknown member; known: " + String.join(", ", names));
                }
            }
        }

        List<Node> list(String name) {
            Node n = at(name);
            if (n.missing()) {
                return List.of();
            }
            if (!(n.value instanceof List<?> l)) {
                throw n.wrong("an array");
            }
            List<Node> out = new ArrayList<>();
            for (int k = 0; k < l.size(); k++) {
                out.add(new Node(n.path + "[" + k + "]", l.get(k)));
            }
            return out;
        }

        String string() {
            if (!(value instanceof String s) || s.isBlank()) {
                throw wrong("a non-empty string");
            }
            return s;
        }

        String text(String name, boolean required) {
            Node n = at(name);
            if (n.missing()) {
                if (required) {
                    throw n.wrong("missing");
                }
                return null;
            }
            return n.string();
        }

        <E extends Enum<E>> E enumValue(String name, Class<E> type, boolean required) {
            String t = text(name, required);
            try {
                return t == null ? null : Enum.valueOf(type, t);
            } catch (IllegalArgumentException e) {
                throw at(name).wrong("one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", not " + t);
            }
        }

        int integer(String name, int min, int max, int absent) {
            Node n = at(name);
            if (n.missing()) {
                return absent;
            }
            if (!(n.value instanceof Long l) || l < min || l > max) {
                throw n.wrong("a whole number from " + min + " to " + max + ", not " + n.value);
            }
            return l.intValue();
        }

        boolean bool(String name, boolean absent) {
            Node n = at(name);
            if (n.missing()) {
                return absent;
            }
            if (!(n.value instanceof Boolean b)) {
                throw n.wrong("true or false");
            }
            return b;
        }

        Instant instant(String name) {
            String t = text(name, false);
            try {
                return t == null ? null : java.time.OffsetDateTime.parse(t).toInstant();
            } catch (DateTimeParseException e) {
                throw at(name).wrong("an ISO-8601 time with an offset, such as 2026-12-01T09:00:00+09:00, not " + t);
            }
        }
    }
}
