package org.contactcenter.routing.flows;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.routing.flows.control.ConnectImport;
import org.contactcenter.routing.flows.control.FlowParser;
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
    void unsupportedActionsAndUnknownResourcesAreReported() throws Exception {
        ConnectImport.Result result = ConnectImport.convert(export("with-lex-bot.json"), this::byName);
        assertFalse(result.complete());
        assertEquals(List.of("ConnectParticipantWithLexBot", "UpdateContactTextToSpeechVoice"),
                result.unsupported().stream().map(ConnectImport.ActionReport::type).toList());
        ConnectImport.Reference claims = result.references().get(0);
        assertEquals("Claims", claims.name());
        assertNull(claims.resolvedTo());
        assertEquals("/Actions/1/Parameters/QueueId", claims.pointer());
        // with placeholders the draft parses; validation names the queue still to be mapped
        var parsed = FlowParser.parse(result.document());
        assertEquals(List.of(), parsed.problems());
        var problems = FlowValidator.validate(parsed.document(), "CONTACT_FLOW", center);
        assertTrue(problems.stream().anyMatch(p -> p.pointer().equals("/Actions/1/Parameters/QueueId")), problems::toString);
        assertEquals("UpdateContactAttributes", parsed.document().action("a1").orElseThrow().type());
        assertEquals("a2", parsed.document().action("a1").orElseThrow().nextAction());
    }
}
