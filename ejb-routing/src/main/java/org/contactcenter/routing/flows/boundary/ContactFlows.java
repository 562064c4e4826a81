package org.contactcenter.routing.flows.boundary;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.contactcenter.routing.flows.control.ConfiguredReferences;
import org.contactcenter.routing.flows.control.ConnectImport;
import org.contactcenter.routing.flows.control.FlowParser;
import org.contactcenter.routing.flows.control.LoadedFlow;
import org.contactcenter.routing.flows.entity.ContactFlow;
import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.contactcenter.routing.flows.entity.ContactFlowVersion;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Violation;
import org.contactcenter.routing.platform.Violations;
import org.contactcenter.routing.phonenumbers.entity.PhoneNumber;
import org.contactcenter.routing.quickconnects.entity.QuickConnect;
import org.contactcenter.rules.flow.FlowDocument;
import org.contactcenter.rules.flow.FlowProblem;
import org.contactcenter.rules.flow.FlowValidator;

/**
 * Contact flows: a draft document per flow (saved when it is well-formed), validated against the configuration,
 * and published as immutable numbered versions; new contacts start on the published version and keep the version
 * they started on. Deletion is refused while a phone number, a quick connect or another flow uses the flow.
 */
@Stateless
@LocalBean
public class ContactFlows extends ConfigurationStore<ContactFlow, ContactFlowData> {
    /** Published versions never change: each is parsed once (flow id#version → document; a few per flow). */
    private static final Map<String, FlowDocument> PARSED = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

    public ContactFlows() {
        super("Contact flow", ContactFlow.class, ContactFlow.ALL);
    }

    @Override
    protected ContactFlowData toData(ContactFlow f) {
        return new ContactFlowData(f.id(), f.name(), f.description(), f.type(), json(f.content()), f.publishedVersion());
    }

    @Override
    protected ContactFlow newEntity(ContactFlowData data) {
        wellFormed(data).throwIfAny();
        requireUnique(ContactFlow.BY_NAME, "name", data.name, null);
        return new ContactFlow(data.name, data.description, data.type, data.content.toString());
    }

    @Override
    protected void apply(ContactFlow flow, ContactFlowData data) {
        Violations v = wellFormed(data);
        v.check(data.type == null || data.type == flow.type(), "type", "the type of a flow cannot change");
        v.throwIfAny();
        requireUnique(ContactFlow.BY_NAME, "name", data.name, flow);
        flow.change(data.name, data.description, data.content.toString());
    }

    /** Bean Validation, then the document's structure (pointers under /content). */
    private Violations wellFormed(ContactFlowData data) {
        Violations v = validate(data);
        if (data.content != null) {
            FlowParser.parse(data.content).problems().forEach(p -> v.add("/content" + p.pointer(), p.message()));
        }
        return v;
    }

    /** Every problem of a document for a flow type: structure, blocks, transitions, reachability, references. */
    public FlowValidation check(ContactFlowType type, JsonObject content) {
        Violations v = new Violations();
        v.check(type != null, "type", "must not be null");
        v.check(content != null, "content", "must not be null");
        v.throwIfAny();
        return new FlowValidation(problems(type, content));
    }

    private List<FlowProblem> problems(ContactFlowType type, JsonObject content) {
        FlowParser.Parsed parsed = FlowParser.parse(content);
        List<FlowProblem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(FlowValidator.validate(parsed.document(), type.name(), new ConfiguredReferences(em)));
        return problems;
    }

    /** Publishes the draft as the next version (400 listing every problem with its pointer, nothing written). */
    public ContactFlowData publish(String id, String user) {
        ContactFlow flow = find(id);
        JsonObject content = json(flow.content());
        List<FlowProblem> problems = problems(flow.type(), content);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().map(p -> new Violation("/content" + p.pointer(), p.message())).toList());
        }
        int next = em.createNamedQuery(ContactFlowVersion.OF_FLOW, ContactFlowVersion.class).setParameter("flowId", id).setMaxResults(1)
                .getResultStream().findFirst().map(v -> v.number() + 1).orElse(1);
        em.persist(new ContactFlowVersion(id, next, flow.content(), OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), user));
        flow.published(next);
        flush();
        fireChanged(id);
        return toData(flow);
    }

    public List<FlowVersionData> versions(String id) {
        ContactFlow flow = find(id);
        return em.createNamedQuery(ContactFlowVersion.OF_FLOW, ContactFlowVersion.class).setParameter("flowId", id).getResultList().stream()
                .map(v -> new FlowVersionData(v.number(), v.publishedAt(), v.publishedBy(), Integer.valueOf(v.number()).equals(flow.publishedVersion()), null))
                .toList();
    }

    public FlowVersionData version(String id, int number) {
        ContactFlow flow = find(id);
        ContactFlowVersion v = em.find(ContactFlowVersion.class, new ContactFlowVersion.Key(id, number));
        if (v == null) {
            throw new NotFound("Version", String.valueOf(number));
        }
        return new FlowVersionData(v.number(), v.publishedAt(), v.publishedBy(), Integer.valueOf(number).equals(flow.publishedVersion()), json(v.content()));
    }

    /**
     * The flow's saved draft, parsed, as version 0: what a designer's test run plays before publishing. 404 for an
     * unknown flow; 400 listing every problem with its pointer when the draft would not publish.
     */
    public LoadedFlow draft(String id) {
        ContactFlow flow = find(id);
        JsonObject content = json(flow.content());
        List<FlowProblem> problems = problems(flow.type(), content);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems.stream().map(p -> new Violation("/content" + p.pointer(), p.message())).toList());
        }
        return new LoadedFlow(flow.id(), flow.name(), flow.type().name(), 0, FlowParser.parse(content).document());
    }

    /** The published version of a flow, parsed; empty when the flow does not exist or was never published. */
    public Optional<LoadedFlow> published(String id) {
        ContactFlow flow = id == null ? null : em.find(ContactFlow.class, id);
        if (flow == null || flow.publishedVersion() == null) {
            return Optional.empty();
        }
        int number = flow.publishedVersion();
        FlowDocument document = PARSED.get(id + "#" + number);
        if (document == null) {
            ContactFlowVersion v = em.find(ContactFlowVersion.class, new ContactFlowVersion.Key(id, number));
            if (v == null) {
                return Optional.empty();
            }
            document = FlowParser.parse(json(v.content())).document();
            PARSED.put(id + "#" + number, document);
        }
        return Optional.of(new LoadedFlow(flow.id(), flow.name(), flow.type().name(), number, document));
    }

    /**
     * Imports an Amazon Connect export: converts it, and creates the flow only when everything was mapped and
     * resolved, or when placeholders are asked for; publishes it when asked and valid.
     */
    public FlowImportReport importConnect(FlowImport request, String user) {
        Violations v = Violations.validate(validator, request);
        v.throwIfAny();
        if (ConnectImport.legacy(request.content)) {
            throw InvalidInput.of("content", new ConnectImport.LegacyExport().getMessage());
        }
        JsonObject metadata = request.content.containsKey("Metadata") && request.content.get("Metadata") instanceof JsonObject m ? m : JsonObject.EMPTY_JSON_OBJECT;
        String name = request.name != null && !request.name.isBlank() ? request.name : metadata.getString("name", null);
        ContactFlowType type = request.type != null ? request.type : typeOf(metadata.getString("type", null));
        v.check(name != null && !name.isBlank(), "name", "give a name (the export has no Metadata.name)");
        v.check(type != null, "type", "give a type (the export's Metadata.type is missing or unknown)");
        v.throwIfAny();
        ConnectImport.Result result;
        try {
            result = ConnectImport.convert(request.content, request.resources == null ? Map.of() : request.resources, this::idByName);
        } catch (ConnectImport.LegacyExport e) {
            throw InvalidInput.of("content", e.getMessage());
        }
        FlowImportReport report = new FlowImportReport();
        report.actions = result.actions();
        report.references = result.references();
        report.unsupported = result.unsupported();
        report.notes = result.notes();
        report.validation = new FlowValidation(problems(type, result.document()));
        if (!result.complete() && !request.placeholders) {
            report.reason = result.unsupported().size() + " unsupported actions and " + result.unresolved()
                    + " unresolved references: nothing imported; import with placeholders to create the draft anyway";
            report.publishRefused = request.publish ? "nothing was imported" : null;
            return report;
        }
        ContactFlowData created = create(new ContactFlowData(null, name, request.description, type, result.document()));
        report.imported = true;
        if (request.publish && report.validation.valid) {
            report.flow = publish(created.id, user);
            report.published = true;
        } else {
            report.flow = created;
            report.publishRefused = request.publish ? "not published: the draft has " + report.validation.problems.size()
                    + " validation problems (validation.problems); fix them, then publish" : null;
        }
        return report;
    }

    private Optional<String> idByName(String kind, String name) {
        String query = switch (kind) {
            case "queue" -> "select q.id from Queue q where q.name = :name";
            case "hours" -> "select h.id from HoursOfOperation h where h.name = :name";
            case "prompt" -> "select p.id from Prompt p where p.name = :name";
            case "flow" -> "select f.id from ContactFlow f where f.name = :name";
            case "function" -> "select f.id from ExternalFunction f where f.name = :name";
            case "quickTable" -> "select t.id from QuickTable t where t.name = :name";
            case "agent" -> "select u.id from User u where u.username = :name";
            default -> null;
        };
        return query == null ? Optional.empty()
                : em.createQuery(query, String.class).setParameter("name", name).getResultStream().findFirst();
    }

    /** Connect's Metadata.type (contactFlow, customerQueue, agentWhisper, …) as a flow type. */
    private static ContactFlowType typeOf(String metadataType) {
        if (metadataType == null) {
            return null;
        }
        String upper = metadataType.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
        try {
            return ContactFlowType.valueOf(upper);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Override
    protected List<String> referencesTo(ContactFlow flow) {
        List<String> refs = new ArrayList<>();
        em.createNamedQuery(PhoneNumber.USING_FLOW, PhoneNumber.class).setParameter("flow", flow).getResultList()
                .forEach(p -> refs.add("phone number " + p.phoneNumber()));
        em.createNamedQuery(QuickConnect.USING_FLOW, QuickConnect.class).setParameter("flow", flow).getResultList()
                .forEach(c -> refs.add("quick connect " + c.name()));
        em.createNamedQuery(org.contactcenter.routing.queues.entity.Queue.BY_OUTBOUND_WHISPER, org.contactcenter.routing.queues.entity.Queue.class)
                .setParameter("flowId", flow.id()).getResultList().forEach(q -> refs.add("queue " + q.name() + " (its outbound whisper)"));
        flowsMentioning(flow.id()).stream().filter(name -> !name.equals("flow " + flow.name())).forEach(refs::add);
        return refs;
    }

    /** The flows whose draft or published version names this id (a queue, prompt, flow, …), as "flow NAME". */
    public List<String> flowsMentioning(String id) {
        String pattern = "%\"" + id + "\"%";
        Set<String> names = new LinkedHashSet<>();
        em.createNamedQuery(ContactFlow.MENTIONING, ContactFlow.class).setParameter("pattern", pattern).getResultList()
                .forEach(f -> names.add("flow " + f.name()));
        for (ContactFlowVersion v : em.createNamedQuery(ContactFlowVersion.MENTIONING, ContactFlowVersion.class)
                .setParameter("pattern", pattern).getResultList()) {
            ContactFlow f = em.find(ContactFlow.class, v.flowId());
            if (f != null && Integer.valueOf(v.number()).equals(f.publishedVersion())) {
                names.add("flow " + f.name());
            }
        }
        return List.copyOf(names);
    }

    @Override
    protected void beforeDelete(ContactFlow flow) {
        PARSED.keySet().removeIf(key -> key.startsWith(flow.id() + "#"));
        em.createNamedQuery(ContactFlowVersion.DELETE_OF_FLOW).setParameter("flowId", flow.id()).executeUpdate();
    }

    private static JsonObject json(String text) {
        try (JsonReader reader = JSON.createReader(new StringReader(text))) {
            return reader.readObject();
        }
    }
}
