package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Calls through FastAGI as Asterisk makes them ({@link AsteriskChannel}): the dialled number's flow spoken in English
 * and Japanese (text-to-speech files rendered: 8 kHz mono WAV with speech in them), digits pressed, the caller queued
 * and handed back to the dialplan's music on hold (no worker held), the next AGI step, a hang-up while queued
 * (abandoned) and during the menu (the flow ends, a record of a contact that never reached a queue).
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class VoiceIT {
    Api admin;
    String unique;
    ChatFixture fixture;
    int agi;

    @BeforeEach
    void fixture() {
        admin = Api.at(SharedCenter.get().root()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
        fixture = ChatFixture.create(admin, unique);
        agi = SharedCenter.get().agiPort;
        JsonObject speech = admin.anonymous().get("health").object().getJsonArray("checks").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("name").equals("text-to-speech")).findFirst().orElseThrow().getJsonObject("data");
        for (String language : List.of("en", "ja")) {
            String engine = speech.getString(language);
            assertFalse(engine.contains("not installed") || engine.contains("missing"), "text-to-speech for " + language + ": " + engine
                    + " — install espeak-ng open-jtalk open-jtalk-mecab-naist-jdic hts-voice-nitech-jp-atr503-m001 sox (contrib; .ci/run does)");
        }
    }

    @Test
    void fastAgiAnswersAKnownNumberWithItsFlowAndHangsUpOnAnUnknownOne() throws Exception {
        JsonObject number = admin.get("api/v1/phone-numbers").array().stream().map(JsonObject.class::cast)
                .filter(n -> n.getString("phoneNumber").equals("+81312340000")).findFirst().orElseThrow();
        List<String> known = new AsteriskChannel(SharedCenter.get().agiPort, "81312340000", "+819011112222").agi("inbound");
        assertEquals("ANSWER", known.get(0), known.toString());
        assertTrue(known.contains("SET VARIABLE \"CC_CONTACT_FLOW_ID\" \"" + number.getString("contactFlowId") + "\""), known.toString());
        List<String> unknown = new AsteriskChannel(SharedCenter.get().agiPort, "81399999999", "+819011112222").agi("inbound");
        assertEquals("HANGUP", unknown.get(0), "hung up before anything else: " + unknown);
        assertTrue(unknown.stream().skip(1).allMatch(c -> c.startsWith("SET VARIABLE \"AJ_AGISTATUS\"")), "nothing after the hang-up but asterisk-java's status: " + unknown);
    }

    @Test
    void fastAgiServesCallsWhileIdleAndHostileClientsHangAroundAndHangsUpAnUnknownScript() throws Exception {
        int agi = SharedCenter.get().agiPort;
        List<java.net.Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 25; i++) { // more than the 20 workers
                java.net.Socket s = new java.net.Socket("127.0.0.1", agi);
                if (i % 5 == 0) {
                    s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                } else if (i % 5 == 1) {
                    s.getOutputStream().write("\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                }
                idle.add(s);
            }
            List<String> call = new AsteriskChannel(agi, "81312340000", "+819011112222").agi("inbound");
            assertEquals("ANSWER", call.get(0), "a real call is served past 25 idle and malformed connections: " + call);
            assertEquals("HANGUP", new AsteriskChannel(agi, "81312340000", "+819011112222").agi("no-such-script").get(0),
                    "an unknown script path is hung up, not left in the dialplan");
            for (java.net.Socket s : idle) {
                s.setSoTimeout((int) Waits.seconds(10).toMillis());
                int read;
                try {
                    read = s.getInputStream().read();
                } catch (java.net.SocketException reset) {
                    read = -1;
                }
                assertEquals(-1, read, "the server closes idle and malformed sessions (cc.agi.header-timeout-seconds)");
            }
        } finally {
            for (java.net.Socket s : idle) {
                s.close();
            }
        }
        String log = java.nio.file.Files.readString(SharedCenter.get().log, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertTrue(log.contains("sent a line that is not an AGI header (GET / HTTP/1.1)"), "the refusal is logged clearly");
        assertTrue(log.contains("FastAGI: no script no-such-script"), "the unknown script is logged clearly");
    }

    @Test
    void aCallerHearsTheMenuPressesADigitWaitsInQueueOnTheDialplansMusicAndHangsUp() throws Exception {
        String number = number(fixture.flow());
        AsteriskChannel call = new AsteriskChannel(agi, number.substring(1), "+819011112222");
        call.digits.add("9"); // "Sales or support?": no such option, asked again
        call.digits.add("2"); // → support
        List<String> first = call.agi("inbound");
        assertEquals("ANSWER", first.get(0), first.toString());
        List<String> played = first.stream().filter(c -> c.startsWith("STREAM FILE") || c.startsWith("GET DATA")).toList();
        assertEquals(3, played.size(), "the welcome, the question, the question again after a wrong digit: " + first);
        assertSpeech(played.get(0), "the welcome");
        assertTrue(played.get(1).startsWith("GET DATA") && played.get(2).startsWith("GET DATA"), played.toString());
        assertSpeech(played.get(1), "the question");
        assertEquals(played.get(1), played.get(2), "the same question, rendered once");
        assertEquals("HOLD", call.variables.get("CC_ACTION"), "back to the dialplan's music on hold: " + first);
        String contact = call.variables.get("CC_CONTACT_ID");
        JsonObject queued = admin.get("api/v1/contacts/" + contact).object();
        assertEquals("WAITING", queued.getString("state"));
        assertEquals(fixture.queue(), queued.getString("queueId"));
        assertEquals("VOICE", queued.getString("channel"));

        List<String> again = call.agi("continue"); // after CC_HOLD_SECONDS of music
        assertEquals("HOLD", call.variables.get("CC_ACTION"), again.toString());
        assertFalse(again.stream().anyMatch(c -> c.startsWith("HANGUP")), again.toString());

        call.agi("hangup"); // exten => h: the caller hung up during the music
        await("abandoned").atMost(Waits.seconds(10)).until(() -> "ENDED".equals(admin.get("api/v1/contacts/" + contact).object().getString("state")));
        JsonObject record = admin.get("api/v1/contact-records/" + contact).object();
        assertEquals("+819011112222", record.getJsonObject("CustomerEndpoint").getString("Address"));
        assertEquals(number, record.getJsonObject("SystemEndpoint").getString("Address"));
        assertFalse(record.containsKey("Agent"));
    }

    @Test
    void setRecordingBehaviorStartsMixMonitorAndTheRecordSaysTheRecordingIsInProgress() throws Exception {
        JsonObject content = Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", "record").add("Actions", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("Identifier", "record").add("Type", "UpdateContactRecordingBehavior")
                        .add("Parameters", Json.createObjectBuilder().add("RecordingBehavior", Json.createObjectBuilder()
                                .add("RecordedParticipants", Json.createArrayBuilder().add("Agent").add("Customer"))))
                        .add("Transitions", Json.createObjectBuilder().add("NextAction", "queue"))) // a block without error branches
                .add(ChatFixture.action("queue", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", fixture.queue()), "transfer"))
                .add(Json.createObjectBuilder().add("Identifier", "transfer").add("Type", "TransferContactToQueue").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", Json.createObjectBuilder().add("Errors", Json.createArrayBuilder()
                                .add(ChatFixture.error("QueueAtCapacity", "bye")).add(ChatFixture.error("NoMatchingError", "bye")))))
                .add(Json.createObjectBuilder().add("Identifier", "bye").add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", JsonValue.EMPTY_JSON_OBJECT))).build();
        String flow = admin.created("contact-flows", Json.createObjectBuilder().add("name", "REC-" + unique).add("type", "CONTACT_FLOW").add("content", content))
                .getString("id");
        Api.Answer published = admin.post("api/v1/contact-flows/" + flow + "/publish", JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(200, published.status(), published.toString());
        AsteriskChannel call = new AsteriskChannel(agi, number(flow).substring(1), "+819077778888");
        List<String> commands = call.agi("inbound");
        String contact = call.variables.get("CC_CONTACT_ID");
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("EXEC \"MixMonitor\"") && c.contains("/" + contact + ".wav")), commands.toString());
        JsonObject recording = await("the record says the call is being recorded").atMost(Waits.seconds(20))
                .until(() -> admin.get("api/v1/contact-records/" + contact).object().getJsonObject("Recording"), r -> r != null);
        assertEquals("IN_PROGRESS", recording.getString("Status"), recording.toString());
        assertEquals("AUDIO", recording.getString("Type"));
        assertFalse(recording.containsKey("Location"), "no object yet: " + recording);
        call.agi("hangup");
        await("abandoned").atMost(Waits.seconds(10)).until(() -> "ENDED".equals(admin.get("api/v1/contacts/" + contact).object().getString("state")));
    }

    @Test
    void aCallerWhoHangsUpDuringTheMenuEndsTheFlowAndHasARecordWithoutAQueue() throws Exception {
        AsteriskChannel call = new AsteriskChannel(agi, number(fixture.flow()).substring(1), "+819033334444");
        call.hangUpAtInput = 1;
        List<String> commands = call.agi("inbound");
        assertTrue(commands.stream().anyMatch(c -> c.startsWith("GET DATA")), commands.toString());
        String contact = call.variables.get("CC_CONTACT_ID") != null ? call.variables.get("CC_CONTACT_ID")
                : admin.get("api/v1/contact-records?customerEndpoint=%2B819033334444").object().getJsonArray("records").getJsonObject(0).getString("ContactId");
        JsonObject record = await("the record of the caller who left the menu").atMost(Waits.seconds(20))
                .until(() -> admin.get("api/v1/contact-records/" + contact), a -> a.status() == 200).object();
        assertEquals("CUSTOMER_DISCONNECT", record.getString("DisconnectReason"));
        assertFalse(record.containsKey("Queue"));
    }

    @Test
    void japanesePromptsAreSpokenInJapanese() throws Exception {
        JsonObject content = Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", "hello").add("Actions", Json.createArrayBuilder()
                .add(ChatFixture.action("hello", "MessageParticipant", Json.createObjectBuilder()
                        .add("Text", "<speak>お電話ありがとうございます。<break time=\"500ms\"/>番号は<say-as interpret-as=\"telephone\">03-1234-5678</say-as>です。</speak>"), "bye"))
                .add(Json.createObjectBuilder().add("Identifier", "bye").add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                        .add("Transitions", JsonValue.EMPTY_JSON_OBJECT))).build();
        String flow = admin.created("contact-flows", Json.createObjectBuilder().add("name", "JA-" + unique).add("type", "CONTACT_FLOW").add("content", content))
                .getString("id");
        assertEquals(200, admin.post("api/v1/contact-flows/" + flow + "/publish", JsonValue.EMPTY_JSON_OBJECT).status());
        AsteriskChannel call = new AsteriskChannel(agi, number(flow).substring(1), "+819055556666");
        List<String> commands = call.agi("inbound");
        String stream = commands.stream().filter(c -> c.startsWith("STREAM FILE")).findFirst().orElseThrow(() -> new AssertionError(commands.toString()));
        Path wav = assertSpeech(stream, "the Japanese prompt");
        assertTrue(Files.size(wav) > 8000 * 2 * 3, "more than 3 s of speech: the number is read digit by digit, no tags read aloud");
        assertTrue(commands.contains("HANGUP"), "the flow's disconnect hangs up: " + commands);
    }

    @Test
    void setVoiceSpeaksTheFlowsPromptsInTheChosenVoice() throws Exception {
        String[] played = new String[4];
        String[][] voices = {{null, "ご用件をどうぞ。"}, {"Mizuki", "ご用件をどうぞ。"}, {"Joanna", "How may I help you?"}, {"Mizuki", "How may I help you?"}};
        for (int i = 0; i < voices.length; i++) {
            var actions = Json.createArrayBuilder();
            if (voices[i][0] != null) {
                actions.add(ChatFixture.action("voice", "UpdateContactTextToSpeechVoice", Json.createObjectBuilder().add("TextToSpeechVoice", voices[i][0]), "hello"));
            }
            actions.add(ChatFixture.action("hello", "MessageParticipant", Json.createObjectBuilder().add("Text", voices[i][1]), "bye"))
                    .add(Json.createObjectBuilder().add("Identifier", "bye").add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                            .add("Transitions", JsonValue.EMPTY_JSON_OBJECT));
            JsonObject content = Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", voices[i][0] != null ? "voice" : "hello")
                    .add("Actions", actions).build();
            String flow = FlowDocs.published(admin, "VOICE-" + i + "-" + unique, "CONTACT_FLOW", content);
            List<String> commands = new AsteriskChannel(agi, number(flow).substring(1), "+81905555667" + i).agi("inbound");
            played[i] = commands.stream().filter(c -> c.startsWith("STREAM FILE")).findFirst().orElseThrow(() -> new AssertionError(commands.toString()));
            assertSpeech(played[i], voices[i][0] + " saying " + voices[i][1]);
        }
        assertTrue(!played[0].equals(played[1]), "Mizuki is not the default Japanese voice: " + played[0] + " / " + played[1]);
        assertTrue(!played[2].equals(played[3]), "Joanna speaks English in her voice, while Mizuki's English is the default English voice");
    }

    @Test
    void aCallAnAgentAcceptsIsConnectedAndItsHangUpStartsTheAgentsAfterContactWork() throws Exception {
        VoiceQueue q = VoiceQueue.create(admin, unique, null);
        String agent = q.agent();
        AsteriskChannel call = new AsteriskChannel(agi, q.number().substring(1), "+819077778888");
        try (JsonSocket ren = JsonSocket.available(SharedCenter.get().port, agent, "agent-pass-1")) {
            call.agi("inbound");
            assertEquals("HOLD", call.variables.get("CC_ACTION"));
            String contact = call.variables.get("CC_CONTACT_ID");
            ren.await("the call offered", m -> m.getString("type").equals("offer") && m.getJsonObject("contact").getString("id").equals(contact));
            ren.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contact).build());
            ren.await("accepted", m -> m.getString("type").equals("ack") && m.getString("ref").equals("accept"));
            await("the next AGI step hands the call to the agent leg").atMost(Waits.seconds(20)).until(() -> {
                call.agi("continue");
                return "CONNECTED".equals(call.variables.get("CC_ACTION"));
            });
            assertTrue(call.variables.get("CC_AGENT_ID") != null, call.variables.toString());
            call.agi("hangup"); // the caller hangs up while talking to the agent
            await("the agent's after-contact work").atMost(Waits.seconds(10))
                    .until(() -> "AFTER_CONTACT_WORK".equals(admin.get("api/v1/contacts/" + contact).object().getString("state")));
        }
    }

    /** A voice queue of its own served by one agent (password agent-pass-1), a flow that queues at once, a number for it. */
    record VoiceQueue(String queue, String agent, String flow, String number) {
        static VoiceQueue create(Api admin, String unique, String phoneEndpoint) {
            return create(admin, unique, phoneEndpoint, false);
        }

        /** With {@code whisper}, the flow first sets the demo's agent whisper flow (Connect's AgentWhisper hook). */
        static VoiceQueue create(Api admin, String unique, String phoneEndpoint, boolean whisper) {
            return create(admin, unique, phoneEndpoint, whisper
                    ? Json.createObjectBuilder().add("AgentWhisper", admin.idOf("contact-flows", "name", "Demo agent whisper")).build() : null);
        }

        /** With {@code hooks} (Connect's event hooks: AgentWhisper, CustomerHold, AgentHold … → flow ids), the flow sets them first. */
        static VoiceQueue create(Api admin, String unique, String phoneEndpoint, JsonObject hooks) {
            boolean whisper = hooks != null;
            String hours = admin.idOf("hours-of-operation", "name", "24x7");
            String queue = admin.created("queues", ConfigurationApiIT.queue("VQ-" + unique, hours)).getString("id");
            String profile = admin.created("routing-profiles", Json.createObjectBuilder().add("name", "VP-" + unique)
                    .add("mediaConcurrencies", Json.createArrayBuilder().add(Json.createObjectBuilder().add("channel", "VOICE").add("concurrency", 1)))
                    .add("queueConfigs", Json.createArrayBuilder().add(Json.createObjectBuilder().add("queueId", queue).add("channel", "VOICE")
                            .add("priority", 1).add("delay", 0)))
                    .add("defaultOutboundQueueId", queue)).getString("id");
            String agent = "va-" + unique;
            var user = ConfigurationApiIT.user(agent, "agent-pass-1", "AGENT").add("firstName", "Ren").add("routingProfileId", profile);
            if (phoneEndpoint != null) {
                user.add("phoneType", "DESK_PHONE").add("phoneEndpoint", phoneEndpoint);
            }
            admin.created("users", user);
            var actions = Json.createArrayBuilder();
            if (whisper) {
                actions.add(ChatFixture.action("hooks", "UpdateContactEventHooks", Json.createObjectBuilder().add("EventHooks", hooks), "queue"));
            }
            JsonObject content = Json.createObjectBuilder().add("Version", "2019-10-30").add("StartAction", whisper ? "hooks" : "queue").add("Actions", actions
                    .add(ChatFixture.action("queue", "UpdateContactTargetQueue", Json.createObjectBuilder().add("QueueId", queue), "transfer"))
                    .add(Json.createObjectBuilder().add("Identifier", "transfer").add("Type", "TransferContactToQueue").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                            .add("Transitions", Json.createObjectBuilder().add("Errors", Json.createArrayBuilder()
                                    .add(ChatFixture.error("QueueAtCapacity", "bye")).add(ChatFixture.error("NoMatchingError", "bye")))))
                    .add(Json.createObjectBuilder().add("Identifier", "bye").add("Type", "DisconnectParticipant").add("Parameters", JsonValue.EMPTY_JSON_OBJECT)
                            .add("Transitions", JsonValue.EMPTY_JSON_OBJECT))).build();
            String flow = admin.created("contact-flows", Json.createObjectBuilder().add("name", "VF-" + unique).add("type", "CONTACT_FLOW").add("content", content))
                    .getString("id");
            Api.Answer published = admin.post("api/v1/contact-flows/" + flow + "/publish", JsonValue.EMPTY_JSON_OBJECT);
            assertEquals(200, published.status(), published.toString());
            return new VoiceQueue(queue, agent, flow, newNumber(admin, flow));
        }
    }

    /** A new number of the center for the flow (+8150…, unique per call). */
    static String newNumber(Api admin, String flow) {
        String n = "+8150" + String.format("%08d", Math.abs(UUID.randomUUID().getMostSignificantBits() % 100_000_000L));
        admin.created("phone-numbers", Json.createObjectBuilder().add("phoneNumber", n).add("contactFlowId", flow));
        return n;
    }

    private String number(String flow) {
        return newNumber(admin, flow);
    }

    /** The command plays a rendered prompt: an 8 kHz mono 16-bit WAV with speech energy in it. */
    private static Path assertSpeech(String command, String what) throws IOException {
        String file = command.split(" ")[2].replace("\"", "");
        Path wav = Path.of(file + ".wav");
        assertTrue(file.startsWith("/") && Files.exists(wav), what + ": a rendered prompt, not " + command);
        assertSpeech(Files.readAllBytes(wav), what);
        return wav;
    }

    /** An 8 kHz mono 16-bit WAV with speech energy in it. */
    private static void assertSpeech(byte[] bytes, String what) {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        assertEquals("RIFF", new String(b.array(), 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("WAVE", new String(b.array(), 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        int offset = 12;
        int channels = 0;
        int rate = 0;
        int bits = 0;
        double sum = 0;
        long samples = 0;
        while (offset + 8 <= b.limit()) {
            String id = new String(b.array(), offset, 4, java.nio.charset.StandardCharsets.US_ASCII);
            int size = b.getInt(offset + 4);
            if (id.equals("fmt ")) {
                channels = b.getShort(offset + 10);
                rate = b.getInt(offset + 12);
                bits = b.getShort(offset + 22);
            } else if (id.equals("data")) {
                for (int i = offset + 8; i + 1 < Math.min(b.limit(), offset + 8 + size); i += 2) {
                    double s = b.getShort(i) / 32768.0;
                    sum += s * s;
                    samples++;
                }
            }
            offset += 8 + size + (size & 1);
        }
        assertEquals(1, channels, what);
        assertEquals(8000, rate, what);
        assertEquals(16, bits, what);
        assertTrue(samples > 8000, what + ": at least a second of sound");
        double rms = Math.sqrt(sum / samples);
        assertTrue(rms > 0.01, what + ": speech, not silence (RMS " + rms + ")");
    }

    @Test
    void administratorsListenToATextPromptAsCallersHearIt() throws Exception {
        String id = admin.created("prompts", Json.createObjectBuilder().add("name", "Speech " + unique).add("text", "お電話ありがとうございます。")).getString("id");
        var client = java.net.http.HttpClient.newHttpClient();
        var answer = client.send(admin.request("api/v1/prompts/" + id + "/speech").setHeader("Accept", "audio/wav").GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, answer.statusCode());
        assertEquals("audio/wav", answer.headers().firstValue("Content-Type").orElse(""));
        assertSpeech(answer.body(), "the Japanese prompt");
        String silent = admin.created("prompts", Json.createObjectBuilder().add("name", "Sound " + unique).add("audio", "custom/welcome")).getString("id");
        assertEquals(404, admin.get("api/v1/prompts/" + silent + "/speech").status(), "an audio prompt has no text to speak");
        assertEquals(403, admin.as(fixture.agent(), "agent-pass-1").get("api/v1/prompts/" + id + "/speech").status());
    }
}
