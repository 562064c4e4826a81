package org.contactcenter.routing.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.routing.flows.control.ConnectImport;
import org.contactcenter.routing.flows.control.FlowParser;
import org.contactcenter.rules.flow.FlowAction;
import org.contactcenter.rules.flow.FlowValidator;
import org.junit.jupiter.api.Test;

/** Amazon Connect exports (written from the flow-language reference) mapped onto the scripted center's resources. */
class ConnectImportTest {
    final ScriptedCenter center = new ScriptedCenter();

    /** The examples of docs/examples/connect-exports (the module's directory is the working directory). */
    static JsonObject export(String name) throws Exception {
        try (InputStream in = java.nio.file.Files.newInputStream(java.nio.file.Path.of("../docs/examples/connect-exports", name))) {
            return Json.createReader(in).readObject();
        }
    }

    Optional<String> byName(String kind, String name) {
        Map<String, String> ids = Map.of("function/Customer lookup", "function:Customer lookup", "hours/Business hours Tokyo", "hours:Business hours Tokyo",
                "queue/Support", "queue:Support", "flow/Demo customer queue", "flow:Demo customer queue");
        return Optional.ofNullable(ids.get(kind + "/" + name));
    }

    @Test
    void aSupportedExportMapsEveryActionAndResolvesEveryArnByDisplayName() throws Exception {
        ConnectImport.Result result = ConnectImport.convert(export("inbound-with-lambda.json"), this::byName);
        assertTrue(result.complete(), result.toString());
        assertEquals(8, result.actions().size());
        assertEquals("InvokeExternalFunction", result.actions().stream().filter(a -> a.type().equals("InvokeLambdaFunction")).findFirst().orElseThrow().mappedTo());
        assertEquals(List.of("flow:Demo customer queue", "function:Customer lookup", "hours:Business hours Tokyo", "queue:Support"),
                result.references().stream().map(ConnectImport.Reference::resolvedTo).sorted().toList());
        var parsed = FlowParser.parse(result.document());
        assertEquals(List.of(), parsed.problems());
        assertEquals(List.of(), FlowValidator.validate(parsed.document(), "CONTACT_FLOW", center));

        // and it runs: during business hours the caller reaches Support, with the CRM's answer on the contact
        center.flow("Imported", "CONTACT_FLOW", result.document());
        ScriptedCustomer c = new ScriptedCustomer(center, org.contactcenter.rules.model.Channel.VOICE, "+819033334444", 100).start("flow:Imported");
        c.isQueuedIn("queue:Support");
        assertEquals("Taro Suzuki", c.run.attributes.get("name"));
    }

    @Test
    void aLexBotIsAPlaceholderKeepingItsIntentsAndLexNamesAreReported() throws Exception {
        ConnectImport.Result result = ConnectImport.convert(export("with-lex-bot.json"), this::byName);
        assertFalse(result.complete());
        assertEquals(List.of("ConnectParticipantWithLexBot"), result.unsupported().stream().map(ConnectImport.ActionReport::type).toList());
        ConnectImport.Reference claims = result.references().stream().filter(r -> "queue".equals(r.kind())).findFirst().orElseThrow();
        assertEquals("Claims", claims.name());
        assertNull(claims.resolvedTo());
        assertEquals("/Actions/1/Parameters/QueueId", claims.pointer());
        // the bot's alias ARN is kept with the placeholder, reported, and does not count as unresolved
        assertEquals("PLACEHOLDER", result.references().stream().filter(r -> "lexBot".equals(r.kind())).findFirst().orElseThrow().how());
        assertEquals(1, result.unresolved());
        var parsed = FlowParser.parse(result.document());
        assertEquals(List.of(), parsed.problems());
        FlowAction bot = parsed.document().action("a1").orElseThrow();
        assertEquals("ImportPlaceholder", bot.type());
        assertEquals("ConnectParticipantWithLexBot", bot.parameter("ConnectType"));
        assertEquals("a2", bot.nextAction());
        assertEquals(1, bot.conditions().size(), "the intent stays a branch");
        assertEquals(Map.of("NoMatchingCondition", "a3", "NoMatchingError", "a3"), bot.errors());
        // Connect's $.Queue.ARN is translated; $.Lex.IntentName is reported at import and at validation
        assertEquals("$.Queue.Id", parsed.document().action("a6").orElseThrow().parameter("Attributes.queue"));
        assertTrue(notes(result, "SYSTEM_ATTRIBUTE_TRANSLATED").stream().anyMatch(n -> n.message().equals("$.Queue.ARN → $.Queue.Id")));
        assertTrue(notes(result, "UNKNOWN_SYSTEM_ATTRIBUTE").stream().anyMatch(n -> n.message().contains("$.Lex.IntentName is a Lex bot's result")));
        var problems = FlowValidator.validate(parsed.document(), "CONTACT_FLOW", center);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/Actions/1/Parameters/QueueId")), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/Actions/4/Parameters/Attributes/intent") && p.message().contains("$.Lex.IntentName")), problems::toString);
        // Set voice is a block now, carried out
        assertEquals("UpdateContactTextToSpeechVoice", parsed.document().action("a4").orElseThrow().type());
    }

    @Test
    void aLegacyExportIsRefused() throws Exception {
        ConnectImport.LegacyExport refused = assertThrows(ConnectImport.LegacyExport.class,
                () -> ConnectImport.convert(export("legacy-modules.json"), this::byName));
        assertTrue(refused.getMessage().contains("legacy"), refused.getMessage());
    }

    @Test
    void entriesThatAreNotActionsAreLeftOutSayingSo() {
        JsonObject export = Json.createObjectBuilder().add("StartAction", "a").add("Actions", Json.createArrayBuilder().add(42)
                .add(Json.createObjectBuilder().add("Identifier", "a").add("Type", "DisconnectParticipant"))).build();
        ConnectImport.Result result = ConnectImport.convert(export, this::byName);
        assertEquals(1, result.document().getJsonArray("Actions").size());
        assertEquals("1 entries of Actions are not objects: left out", notes(result, "NOT_AN_ACTION").get(0).message());
    }

    static List<ConnectImport.Note> notes(ConnectImport.Result result, String kind) {
        return result.notes().stream().filter(n -> n.kind().equals(kind)).toList();
    }
}
