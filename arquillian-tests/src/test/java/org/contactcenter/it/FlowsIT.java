package org.contactcenter.it;

import static org.contactcenter.it.ConfigurationApiIT.assertProblem;
import static org.contactcenter.it.FlowDocs.action;
import static org.contactcenter.it.FlowDocs.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;

import org.awaitility.Awaitility;
import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Contact flows through the deployed application: drafts, validation with pointers, publishing and versions, the
 * Connect import, and contacts run through published flows over the flow-run API with the real external function
 * (the demo CRM over HTTP), quick tables, hours, routing and an agent on a real WebSocket.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class FlowsIT {
    final URL root = SharedCenter.url();
    Api admin;
    String unique;

    @BeforeEach
    void ready() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
        // the demo's CRM function points at cc.demo.base-url (port 8080); this server listens elsewhere
        String lookup = admin.idOf("external-functions", "name", "Customer lookup");
        admin.put("api/v1/external-functions/" + lookup, ConfigurationApiIT.function("Customer lookup",
                "http://127.0.0.1:" + root.getPort() + "/api/v1/demo/customer-lookup", 3000).build());
    }

    // ------------------------------------------------------------------------------------------ definitions

    @Test
    void aDraftIsValidatedWithPointersPublishedAndVersioned() {
        String sales = admin.idOf("queues", "name", "Sales");
        JsonObject broken = doc("hello", action("hello", "MessageParticipant", Json.createObjectBuilder().add("Text", "Hi"), "queue", "NoMatchingError:bye"),
                action("queue", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", "no-such-queue"), "transfer", "NoMatchingError:bye"),
                action("transfer", "TransferContactToQueue", Json.createObjectBuilder(), null, "QueueAtCapacity:bye"),
                action("lost", "MessageParticipant", Json.createObjectBuilder().add("Text", "never"), "bye", "NoMatchingError:bye"),
                action("bye", "DisconnectParticipant", Json.createObjectBuilder(), null));
        Answer created = admin.post("api/v1/contact-flows", flowBody("V-" + unique, "CONTACT_FLOW", broken));
        assertEquals(201, created.status(), "a draft may still have problems: " + created);
        String id = created.object().getString("id");
        assertFalse(created.object().containsKey("publishedVersion"), "not published yet");

        JsonObject report = admin.post("api/v1/contact-flows/validation", flowBody(null, "CONTACT_FLOW", broken)).object();
        assertFalse(report.getBoolean("valid"));
        List<String> pointers = report.getJsonArray("problems").stream().map(p -> p.asJsonObject().getString("pointer")).toList();
        assertTrue(pointers.containsAll(List.of("/Actions/1/Parameters/QueueId", "/Actions/2/Transitions/Errors", "/Actions/3")), pointers.toString());

        Answer refused = admin.post("api/v1/contact-flows/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT);
        assertProblem(refused, 400);
        Answer draftRun = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", id).add("channel", "CHAT").add("draft", true).build());
        assertProblem(draftRun, 400);
        assertTrue(draftRun.body().contains("/content/Actions/1/Parameters/QueueId"), "a draft with problems does not run: " + draftRun.body());
        assertTrue(refused.body().contains("/content/Actions/1/Parameters/QueueId"), refused.body());
        assertTrue(admin.get("api/v1/contact-flows/" + id + "/versions").array().isEmpty(), "nothing published");

        JsonObject fixed = doc("hello", action("hello", "MessageParticipant", Json.createObjectBuilder().add("Text", "Version one"), "queue", "NoMatchingError:bye"),
                action("queue", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", sales), "transfer", "NoMatchingError:bye"),
                action("transfer", "TransferContactToQueue", Json.createObjectBuilder(), null, "QueueAtCapacity:bye", "NoMatchingError:bye"),
                action("bye", "DisconnectParticipant", Json.createObjectBuilder(), null));
        assertEquals(200, admin.put("api/v1/contact-flows/" + id, flowBody("V-" + unique, "CONTACT_FLOW", fixed)).status());
        assertEquals(1, admin.post("api/v1/contact-flows/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT).object().getInt("publishedVersion"));
        String v2 = fixed.toString().replace("Version one", "Version two");
        admin.put("api/v1/contact-flows/" + id, flowBody("V-" + unique, "CONTACT_FLOW", json(v2)));
        // a designer's test run: the saved draft before it is published, the published version otherwise
        JsonObject ofDraft = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", id).add("channel", "CHAT").add("draft", true).build()).object();
        assertTrue(ofDraft.toString().contains("Version two"), ofDraft.toString());
        JsonObject ofPublished = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", id).add("channel", "CHAT").build()).object();
        assertTrue(ofPublished.toString().contains("Version one") && !ofPublished.toString().contains("Version two"), ofPublished.toString());
        for (JsonObject run : List.of(ofDraft, ofPublished)) { // the customers leave: nothing stays in Sales
            admin.post("api/v1/flow-runs/" + run.getString("contactId") + "/events", Json.createObjectBuilder().add("type", "DISCONNECT").build());
        }
        assertEquals(2, admin.post("api/v1/contact-flows/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT).object().getInt("publishedVersion"));

        JsonArray versions = admin.get("api/v1/contact-flows/" + id + "/versions").array();
        assertEquals(List.of(2, 1), versions.stream().map(v -> v.asJsonObject().getInt("version")).toList());
        assertEquals(List.of(true, false), versions.stream().map(v -> v.asJsonObject().getBoolean("current")).toList());
        assertEquals("admin", versions.getJsonObject(0).getString("publishedBy"));
        JsonObject one = admin.get("api/v1/contact-flows/" + id + "/versions/1").object();
        assertTrue(one.getJsonObject("content").toString().contains("Version one"));
        assertProblem(admin.get("api/v1/contact-flows/" + id + "/versions/9"), 404);
        assertProblem(Api.at(root.toString()).as("alice", "agent-pass").post("api/v1/contact-flows/" + id + "/publish", JsonValue.EMPTY_JSON_OBJECT), 403);
    }

    @Test
    void aContactKeepsTheVersionItStartedOn() {
        JsonObject v1 = doc("ask", action("ask", "GetParticipantInput", Json.createObjectBuilder().add("Text", "Press any key"), null,
                        "InputTimeLimitExceeded:after", "NoMatchingCondition:after", "NoMatchingError:after"),
                action("after", "MessageParticipant", Json.createObjectBuilder().add("Text", "version one after input"), "end", "NoMatchingError:end"),
                action("end", "DisconnectParticipant", Json.createObjectBuilder(), null));
        String flow = published("K-" + unique, "CONTACT_FLOW", v1);
        JsonObject early = start(flow, "CHAT", "web:early-" + unique);
        assertEquals(1, early.getInt("flowVersion"));

        admin.put("api/v1/contact-flows/" + flow, flowBody("K-" + unique, "CONTACT_FLOW", json(v1.toString().replace("version one", "version two"))));
        assertEquals(2, admin.post("api/v1/contact-flows/" + flow + "/publish", JsonValue.EMPTY_JSON_OBJECT).object().getInt("publishedVersion"));
        assertEquals(List.of("version one after input"), texts(event(early, "INPUT", "x")), "the early contact stays on version 1");
        JsonObject late = start(flow, "CHAT", "web:late-" + unique);
        assertEquals(2, late.getInt("flowVersion"));
        assertEquals(List.of("version two after input"), texts(event(late, "INPUT", "x")));
    }

    @Test
    void malformedFlowJsonIsRefusedWithPointersAndNothingIsWritten() {
        JsonObject bad = Json.createObjectBuilder().add("StartAction", 7).add("Actions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("Identifier", "a").add("Transitions", Json.createObjectBuilder().add("Errors", "oops")))
                .add("not an action")).build();
        Answer answer = admin.post("api/v1/contact-flows", flowBody("M-" + unique, "CONTACT_FLOW", bad));
        assertProblem(answer, 400);
        List<String> fields = answer.object().getJsonArray("violations").stream().map(v -> v.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("/content/StartAction", "/content/Actions/0/Type", "/content/Actions/0/Transitions/Errors", "/content/Actions/1")),
                fields.toString());
        assertFalse(admin.get("api/v1/contact-flows").body().contains("M-" + unique));
        assertProblem(admin.post("api/v1/contact-flows", "{\"name\":"), 400);
    }

    @Test
    void referencedFlowsQueuesAndPromptsCannotBeDeleted() {
        Answer flow = admin.delete("api/v1/contact-flows/" + admin.idOf("contact-flows", "name", "Demo customer queue"));
        assertProblem(flow, 409);
        assertTrue(flow.body().contains("flow Default inbound"), flow.body());
        Answer queue = admin.delete("api/v1/queues/" + admin.idOf("queues", "name", "Support"));
        assertProblem(queue, 409);
        assertTrue(queue.body().contains("flow Default inbound"), queue.body());
        Answer table = admin.delete("api/v1/quick-tables/" + admin.idOf("quick-tables", "name", "Recent callers"));
        assertProblem(table, 409);

        String prompt = admin.post("api/v1/prompts", Json.createObjectBuilder().add("name", "P-" + unique).add("text", "Hello from a prompt")
                .add("audio", "custom/hello").build()).object().getString("id");
        String flowId = published("PF-" + unique, "CONTACT_FLOW", doc("p",
                action("p", "MessageParticipant", Json.createObjectBuilder().add("PromptId", prompt), "end", "NoMatchingError:end"),
                action("end", "DisconnectParticipant", Json.createObjectBuilder(), null)));
        Answer promptDelete = admin.delete("api/v1/prompts/" + prompt);
        assertProblem(promptDelete, 409);
        JsonObject run = start(flowId, "VOICE", "+81355550001");
        JsonObject message = actionAt(run, 0);
        assertEquals("Hello from a prompt", message.getString("text"));
        assertEquals("custom/hello", message.getString("audio"));
        assertProblem(admin.post("api/v1/prompts", Json.createObjectBuilder().add("name", "Empty-" + unique).build()), 400);
    }

    @Test
    void connectExportsAreImportedWithAReport() throws Exception {
        JsonObject lex = example("with-lex-bot.json");
        Answer dry = admin.post("api/v1/contact-flows/import", Json.createObjectBuilder().add("name", "Lex-" + unique).add("content", lex).build());
        assertEquals(200, dry.status(), dry.toString());
        JsonObject report = dry.object();
        assertFalse(report.getBoolean("imported"));
        assertEquals(List.of("ConnectParticipantWithLexBot"),
                report.getJsonArray("unsupported").stream().map(a -> a.asJsonObject().getString("type")).toList());
        assertEquals("Claims", report.getJsonArray("references").stream().map(JsonValue::asJsonObject)
                .filter(r -> "queue".equals(r.getString("kind"))).findFirst().orElseThrow().getString("name"));
        assertFalse(admin.get("api/v1/contact-flows").body().contains("Lex-" + unique), "nothing imported");

        Answer withPlaceholders = admin.post("api/v1/contact-flows/import", Json.createObjectBuilder().add("name", "Lex-" + unique)
                .add("content", lex).add("placeholders", true).build());
        assertEquals(201, withPlaceholders.status(), withPlaceholders.toString());
        assertFalse(withPlaceholders.object().getJsonObject("flow").containsKey("publishedVersion"), "a draft with placeholders is not published");
        assertFalse(withPlaceholders.object().getJsonObject("validation").getBoolean("valid"));

        Answer imported = admin.post("api/v1/contact-flows/import", Json.createObjectBuilder().add("name", "Imported-" + unique)
                .add("content", example("inbound-with-lambda.json")).add("publish", true).build());
        assertEquals(201, imported.status(), imported.toString());
        JsonObject flow = imported.object().getJsonObject("flow");
        assertEquals("CONTACT_FLOW", flow.getString("type"), "from Metadata.type contactFlow");
        assertEquals(1, flow.getInt("publishedVersion"));
        assertTrue(imported.object().getJsonArray("references").stream().allMatch(r -> r.asJsonObject().containsKey("resolvedTo")));
        assertTrue(flow.getJsonObject("content").toString().contains(admin.idOf("external-functions", "name", "Customer lookup")));
    }

    @Test
    void anImportMapsArnsByTheRequestSaysWhyItWasNotPublishedAndRefusesLegacyExports() throws Exception {
        JsonObject queue = admin.get("api/v1/queues").array().getJsonObject(0);
        String claims = "arn:aws:connect:us-east-1:123456789012:instance/1111/queue/9999";
        Answer answer = admin.post("api/v1/contact-flows/import", Json.createObjectBuilder().add("name", "Mapped-" + unique)
                .add("content", example("with-lex-bot.json")).add("placeholders", true).add("publish", true)
                .add("resources", Json.createObjectBuilder().add(claims, queue.getString("id"))).build());
        assertEquals(201, answer.status(), answer.toString());
        JsonObject report = answer.object();
        JsonObject ref = report.getJsonArray("references").stream().map(JsonValue::asJsonObject)
                .filter(r -> claims.equals(r.getString("arn"))).findFirst().orElseThrow();
        assertEquals("MAP", ref.getString("how"));
        assertEquals(queue.getString("id"), ref.getString("resolvedTo"));
        // the bot's $.Lex.IntentName keeps the draft from publishing, and the answer says so
        assertFalse(report.getBoolean("published"));
        assertTrue(report.getString("publishRefused").contains("validation problems"), report.toString());
        assertFalse(report.getJsonObject("flow").containsKey("publishedVersion"));
        assertTrue(report.getJsonArray("notes").stream().map(JsonValue::asJsonObject)
                .anyMatch(n -> "UNKNOWN_SYSTEM_ATTRIBUTE".equals(n.getString("kind")) && n.getString("message").contains("$.Lex.IntentName")), report.toString());
        assertTrue(report.getJsonObject("flow").getJsonObject("content").toString().contains("\"ImportPlaceholder\""));

        Answer legacy = admin.post("api/v1/contact-flows/import", Json.createObjectBuilder().add("name", "Legacy-" + unique)
                .add("content", example("legacy-modules.json")).build());
        assertProblem(legacy, 400);
        assertTrue(legacy.body().contains("legacy"), legacy.body());
        assertFalse(admin.get("api/v1/contact-flows").body().contains("Legacy-" + unique), "nothing imported");
    }

    // ------------------------------------------------------------------------------------------ running

    @Test
    void theDemoInboundFlowLooksUpVipsAndRemembersRepeatCallers() {
        String inbound = open24x7CopyOfTheDemoInboundFlow();
        String gold = "+819011112222";
        String table = admin.idOf("quick-tables", "name", "Recent callers");
        admin.delete("api/v1/quick-tables/" + table + "/items/" + URLEncoder.encode(gold, StandardCharsets.UTF_8));

        JsonObject vip = start(inbound, "VOICE", gold);
        assertTrue(texts(vip).stream().anyMatch(t -> t.contains("Welcome back, Hanako Yamada. As a GOLD member")), texts(vip).toString());
        assertEquals("GET_INPUT", last(vip).getString("type"));
        JsonObject queued = declineCallbackIfOffered(event(vip, "INPUT", "2"));
        assertEquals(admin.idOf("queues", "name", "Support"), queued(queued).getString("queueId"));
        assertTrue(texts(queued).stream().anyMatch(t -> t.startsWith("You are number ")), "the customer queue flow runs: " + texts(queued));
        assertEquals("PAUSE", last(queued).getString("type"));
        JsonObject contact = admin.get("api/v1/contacts/" + vip.getString("contactId")).object();
        assertEquals(1, contact.getInt("priority"), "the VIP lookup raised the priority");
        assertEquals("Example Trading K.K.", contact.getJsonObject("attributes").getString("company"), "the CRM's answer is on the contact");
        assertEquals("WAITING", contact.getString("state"));

        JsonObject again = start(inbound, "VOICE", gold);
        assertTrue(texts(again).stream().anyMatch(t -> t.contains("connecting you to Support again")), texts(again).toString());
        again = declineCallbackIfOffered(again);
        JsonObject second = admin.get("api/v1/contacts/" + again.getString("contactId")).object();
        assertEquals("true", second.getJsonObject("attributes").getString("repeatCaller"), "the agent sees a repeat caller");
        assertEquals(gold, admin.get("api/v1/quick-tables/" + table + "/items/" + URLEncoder.encode(gold, StandardCharsets.UTF_8)).object()
                .getString("key"));

        JsonObject hangUp = event(again, "DISCONNECT", null);
        assertEquals("ENDED", hangUp.getString("state"));
        assertEquals("ENDED", admin.get("api/v1/contacts/" + again.getString("contactId")).object().getString("state"), "abandoned in the queue");
        event(vip, "DISCONNECT", null);
    }

    @Test
    void chatCustomersAreUnderstoodByKeywordAndRetriesEndInSales() {
        String inbound = open24x7CopyOfTheDemoInboundFlow();
        JsonObject chat = start(inbound, "CHAT", "web:" + unique);
        JsonObject sorry = event(chat, "INPUT", "what?");
        assertTrue(texts(sorry).contains("Sorry, I did not get that."));
        JsonObject queued = event(chat, "INPUT", "My printer is broken, I need help");
        assertEquals(admin.idOf("queues", "name", "Support"), queued(queued).getString("queueId"));
        event(chat, "DISCONNECT", null);
    }

    @Test
    void japaneseChatCustomersAreUnderstoodWithoutSpacesBetweenWords() {
        String inbound = open24x7CopyOfTheDemoInboundFlow();
        JsonObject chat = start(inbound, "CHAT", "web:ja-" + unique);
        JsonObject queued = event(chat, "INPUT", "プリンターの故障でサポートをお願いします");
        assertEquals(admin.idOf("queues", "name", "Support"), queued(queued).getString("queueId"));
        event(chat, "DISCONNECT", null);
        JsonObject sales = start(inbound, "CHAT", "web:ja2-" + unique);
        assertEquals(admin.idOf("queues", "name", "Sales"), queued(event(sales, "INPUT", "新しいプランを注文したいです")).getString("queueId"));
        event(sales, "DISCONNECT", null);
    }

    @Test
    void outOfHoursCallersHearTheOpeningHours() {
        String closed = admin.post("api/v1/hours-of-operation", ConfigurationApiIT.hours("Closed-" + unique, "UTC", ConfigurationApiIT.range("MONDAY", "09:00", "10:00"))
                .add("overrides", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "Closed for the test")
                        .add("startDate", LocalDate.now().minusDays(2).toString()).add("endDate", LocalDate.now().plusDays(2).toString())
                        .add("type", "CLOSED"))).build()).object().getString("id");
        String content = demoInbound().toString().replace(admin.idOf("hours-of-operation", "name", "Business hours Tokyo"), closed);
        String flow = published("Closed-" + unique, "CONTACT_FLOW", json(content));
        JsonObject run = start(flow, "VOICE", "+81355550002");
        assertTrue(texts(run).stream().anyMatch(t -> t.contains("We are open Monday to Friday")), texts(run).toString());
        assertEquals("DISCONNECT", last(run).getString("type"));
        assertEquals("ENDED", run.getString("state"));
    }

    @Test
    void thePhoneNumberRunsItsPublishedFlowAccordingToTheQueueHours() {
        boolean open = admin.get("api/v1/queues/" + admin.idOf("queues", "name", "Sales") + "/status").object().getBoolean("open");
        Answer answer = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("phoneNumber", "+81312340000").add("channel", "VOICE")
                .add("customerEndpoint", "+81355550003").build());
        assertEquals(201, answer.status(), answer.toString());
        List<String> texts = texts(answer.object());
        assertEquals(!open, texts.stream().anyMatch(t -> t.contains("We are open Monday to Friday")), texts.toString());
        if (open) {
            event(answer.object(), "DISCONNECT", null);
        }
    }

    @Test
    void theDemoLineAnswersAtAnyHourAsTheReadmeShows() {
        Answer answer = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("phoneNumber", "+81312340024").add("channel", "VOICE")
                .add("customerEndpoint", "+8155550" + Math.abs(unique.hashCode() % 10000)).build());
        assertEquals(201, answer.status(), answer.toString());
        List<String> texts = texts(answer.object());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("For sales, press 1")), "the menu, whatever the hour: " + texts);
        JsonObject queued = declineCallbackIfOffered(event(answer.object(), "INPUT", "2"));
        assertEquals(admin.idOf("queues", "name", "Support"), queued(queued).getString("queueId"));
        event(answer.object(), "DISCONNECT", null);
    }

    @Test
    void anExternalFunctionIsCalledWithItsWriteOnlyAuthorization() throws Exception {
        List<String> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        com.sun.net.httpserver.HttpServer crm = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        crm.createContext("/lookup", exchange -> {
            seen.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = "{\"tier\":\"gold\"}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        crm.start();
        try {
            String url = "http://127.0.0.1:" + crm.getAddress().getPort() + "/lookup";
            String secret = "Bearer s3cr3t-" + unique;
            Answer created = admin.post("api/v1/external-functions", ConfigurationApiIT.function("Auth-" + unique, url, 3000).add("authorization", secret).build());
            assertEquals(201, created.status(), created.toString());
            String id = created.object().getString("id");
            for (Answer read : List.of(created, admin.get("api/v1/external-functions/" + id), admin.get("api/v1/external-functions"),
                    Api.at(root.toString()).as("supervisor", "supervisor-pass").get("api/v1/external-functions/" + id))) {
                assertFalse(read.body().contains("s3cr3t"), "the authorization is never shown: " + read);
            }
            assertTrue(admin.get("api/v1/external-functions/" + id).object().getBoolean("authorizationSet"));
            String test = "api/v1/external-functions/" + id + "/invocations";
            assertEquals("gold", admin.post(test, Json.createObjectBuilder().build()).object().getString("tier"));
            admin.put("api/v1/external-functions/" + id, ConfigurationApiIT.function("Auth-" + unique, url, 2000).build()); // omitted: kept
            assertEquals(200, admin.post(test, Json.createObjectBuilder().build()).status());
            admin.put("api/v1/external-functions/" + id, ConfigurationApiIT.function("Auth-" + unique, url, 2000).add("authorization", "").build());
            assertEquals(200, admin.post(test, Json.createObjectBuilder().build()).status());
            assertEquals(List.of(secret, secret, "null"), seen, "sent with the call, kept by an update that omits it, removed by \"\"");
            assertFalse(admin.get("api/v1/external-functions/" + id).object().getBoolean("authorizationSet"));
            Answer injected = admin.post("api/v1/external-functions", ConfigurationApiIT.function("Bad-" + unique, url, 3000)
                    .add("authorization", "Bearer a\r\nX-Injected: 1").build());
            assertProblem(injected, 400);
            assertTrue(injected.body().contains("\"authorization\""), injected.toString());
        } finally {
            crm.stop(0);
        }
    }

    @Test
    void aFailingExternalFunctionTakesTheErrorBranch() {
        String fn = admin.post("api/v1/external-functions", ConfigurationApiIT.function("Down-" + unique, "http://127.0.0.1:9/nothing", 500).build())
                .object().getString("id");
        String flow = published("Fn-" + unique, "CONTACT_FLOW", doc("call",
                action("call", "InvokeExternalFunction", Json.createObjectBuilder().add("FunctionId", fn), "ok", "NoMatchingError:failed"),
                action("ok", "MessageParticipant", Json.createObjectBuilder().add("Text", "found you"), "end", "NoMatchingError:end"),
                action("failed", "MessageParticipant", Json.createObjectBuilder().add("Text", "lookup failed, going on"), "end", "NoMatchingError:end"),
                action("end", "DisconnectParticipant", Json.createObjectBuilder(), null)));
        JsonObject run = start(flow, "CHAT", "web:" + unique);
        assertEquals(List.of("lookup failed, going on"), texts(run));
        assertTrue(run.getJsonArray("log").toString().contains("could not be reached"), run.getJsonArray("log").toString());
    }

    @Test
    void anAgentGetsTheContactWithAWhisperAndTheFlowFollowsTheCall() throws Exception {
        String hours = admin.idOf("hours-of-operation", "name", "24x7");
        String queue = admin.post("api/v1/queues", ConfigurationApiIT.queue("FQ-" + unique, hours).build()).object().getString("id");
        String profile = admin.post("api/v1/routing-profiles", ConfigurationApiIT.profile("FP-" + unique, 2, queue, 1, 0).build()).object().getString("id");
        String agent = "fa-" + unique;
        assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(agent, "agent-pass-1", "AGENT").add("routingProfileId", profile).build()).status());
        String whisper = admin.idOf("contact-flows", "name", "Demo agent whisper");
        String disconnect = admin.idOf("contact-flows", "name", "Demo disconnect");
        String flow = published("FA-" + unique, "CONTACT_FLOW", doc("hooks",
                action("hooks", "UpdateContactEventHooks", Json.createObjectBuilder().add("EventHooks", Json.createObjectBuilder()
                        .add("AgentWhisper", whisper).add("CustomerRemaining", disconnect)), "set", "NoMatchingError:set"),
                action("set", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", queue), "transfer", "NoMatchingError:end"),
                action("transfer", "TransferContactToQueue", Json.createObjectBuilder(), null, "QueueAtCapacity:end", "NoMatchingError:end"),
                action("end", "DisconnectParticipant", Json.createObjectBuilder(), null)));
        JsonObject run = start(flow, "CHAT", "web:" + unique);
        String contact = run.getString("contactId");
        assertEquals("IN_QUEUE", run.getString("state"));

        try (JsonSocket socket = JsonSocket.agent(root.getPort(), agent, "agent-pass-1")) {
            socket.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            assertEquals(contact, socket.awaitType("offer").getJsonObject("contact").getString("id"), "the flow's contact id is the routed contact");
            socket.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contact).build());
            JsonObject connected = Awaitility.await("the whisper").atMost(Waits.seconds(30)).until(() -> admin.get("api/v1/flow-runs/" + contact).object(),
                    r -> r.getString("state").equals("CONNECTED") && r.getJsonArray("actions").toString().contains("\"participant\":\"AGENT\""));
            JsonObject whisperAction = connected.getJsonArray("actions").stream().map(a -> a.asJsonObject().getJsonObject("action"))
                    .filter(a -> a.getString("participant").equals("AGENT")).findFirst().orElseThrow();
            assertEquals("CHAT contact from FQ-" + unique + ".", whisperAction.getString("text"));

            socket.send(Json.createObjectBuilder().add("type", "end").add("contactId", contact).build());
            JsonObject survey = Awaitility.await("the disconnect flow").atMost(Waits.seconds(30))
                    .until(() -> admin.get("api/v1/flow-runs/" + contact).object(), r -> r.getString("state").equals("WAITING_FOR_INPUT"));
            assertEquals("DISCONNECT", survey.getString("segment"));
            JsonObject done = event(survey, "INPUT", "4");
            assertEquals("ENDED", done.getString("state"));
            assertEquals("4", done.getJsonObject("attributes").getString("satisfaction"));
        }
    }

    @Test
    void badFlowRunRequestsGetClearErrors() {
        assertProblem(admin.get("api/v1/flow-runs/no-such-contact"), 404);
        assertProblem(admin.post("api/v1/flow-runs/no-such-contact/events", Json.createObjectBuilder().add("type", "TIMEOUT").build()), 404);
        assertProblem(admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", "nope").add("channel", "CHAT").build()), 404);
        assertProblem(admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("channel", "CHAT").build()), 400);
        assertProblem(admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("phoneNumber", "+81312340000").add("channel", "CHAT")
                .add("attributes", Json.createObjectBuilder().add("note", "x".repeat(1025))).build()), 400);
        assertProblem(admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("phoneNumber", "+15550000000").add("channel", "CHAT").build()), 400);
        String draft = admin.post("api/v1/contact-flows", ConfigurationApiIT.flow("D-" + unique, "CONTACT_FLOW").build()).object().getString("id");
        assertProblem(admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", draft).add("channel", "CHAT").build()), 409);
        assertProblem(Api.at(root.toString()).as("alice", "agent-pass").post("api/v1/flow-runs",
                Json.createObjectBuilder().add("flowId", draft).add("channel", "CHAT").build()), 403);

        JsonObject run = start(open24x7CopyOfTheDemoInboundFlow(), "CHAT", "web:" + unique);
        assertProblem(admin.post("api/v1/flow-runs/" + run.getString("contactId") + "/events", Json.createObjectBuilder().add("type", "DANCE").build()), 400);
        assertProblem(admin.post("api/v1/flow-runs/" + run.getString("contactId") + "/events",
                Json.createObjectBuilder().add("type", "INPUT").add("input", "x".repeat(1025)).build()), 400);
        assertEquals("WAITING_FOR_INPUT", admin.get("api/v1/flow-runs/" + run.getString("contactId")).object().getString("state"), "nothing changed");
        event(run, "DISCONNECT", null);
        assertProblem(admin.post("api/v1/flow-runs/" + run.getString("contactId") + "/events", Json.createObjectBuilder().add("type", "TIMEOUT").build()), 409);
    }

    // ------------------------------------------------------------------------------------------ helpers

    private JsonObject demoInbound() {
        return admin.get("api/v1/contact-flows/" + admin.idOf("contact-flows", "name", "Default inbound")).object().getJsonObject("content");
    }

    /** The demo inbound flow with its hours check on 24x7, so that the test does not depend on the time of day. */
    private String open24x7CopyOfTheDemoInboundFlow() {
        String content = demoInbound().toString().replace(admin.idOf("hours-of-operation", "name", "Business hours Tokyo"),
                admin.idOf("hours-of-operation", "name", "24x7"));
        return published("Open-" + unique + "-" + UUID.randomUUID().toString().substring(0, 4), "CONTACT_FLOW", json(content));
    }

    private String published(String name, String type, JsonObject content) {
        return FlowDocs.published(admin, name, type, content);
    }

    private JsonObject start(String flowId, String channel, String customer) {
        Answer answer = admin.post("api/v1/flow-runs", Json.createObjectBuilder().add("flowId", flowId).add("channel", channel)
                .add("customerEndpoint", customer).build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }

    private JsonObject event(JsonObject run, String type, String input) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("type", type);
        if (input != null) {
            body.add("input", input);
        }
        Answer answer = admin.post("api/v1/flow-runs/" + run.getString("contactId") + "/events", body.build());
        assertEquals(200, answer.status(), answer.toString());
        return answer.object();
    }

    private static List<String> texts(JsonObject run) {
        return run.getJsonArray("actions").stream().map(a -> a.asJsonObject().getJsonObject("action"))
                .filter(a -> a.containsKey("text") && !a.getString("type").equals("QUEUED")).map(a -> a.getString("text")).collect(Collectors.toList());
    }

    private static JsonObject actionAt(JsonObject run, int index) {
        return run.getJsonArray("actions").getJsonObject(index).getJsonObject("action");
    }

    /** Nobody staffs the demo queues unless a demo agent is online: then the demo flow offers voice callers a callback. */
    private JsonObject declineCallbackIfOffered(JsonObject run) {
        if (last(run).getString("type").equals("GET_INPUT")) {
            assertTrue(last(run).getString("text").contains("To be called back"), run.toString());
            return event(run, "INPUT", "2");
        }
        return run;
    }

    private static JsonObject queued(JsonObject run) {
        return run.getJsonArray("actions").stream().map(a -> a.asJsonObject().getJsonObject("action"))
                .filter(a -> a.getString("type").equals("QUEUED")).findFirst().orElseThrow(() -> new AssertionError("not queued: " + run));
    }

    private static JsonObject last(JsonObject run) {
        JsonArray actions = run.getJsonArray("actions");
        return actions.getJsonObject(actions.size() - 1).getJsonObject("action");
    }

    private static JsonObject flowBody(String name, String type, JsonObject content) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("type", type).add("content", content);
        if (name != null) {
            b.add("name", name);
        }
        return b.build();
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }

    private static JsonObject example(String name) throws Exception {
        return json(Files.readString(Path.of("../docs/examples/connect-exports", name)));
    }
}
