package org.contactcenter.rules.simulation;

import static org.contactcenter.rules.simulation.Ctr.answered;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.contactcenter.rules.kbase.RuleBaseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysts' command and the candidate file: formats, exit codes, and errors that name the file and line. */
class WhatIfTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return WhatIf.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path records(Path dir) throws Exception {
        Path file = dir.resolve("contact-records-2026-12-01T00.jsonl");
        Files.writeString(file, String.join("\n",
                answered("c1", "Support", 0, 0, "alice", 30, 0),
                answered("c2", "Support", 10, 35, "alice", 30, 0),
                answered("c3", "Support", 20, 65, "alice", 30, 0)) + "\n");
        return file;
    }

    @Test
    void textJsonAndCsv(@TempDir Path dir) throws Exception {
        Path records = records(dir);
        Path config = dir.resolve("candidate.json");
        Files.writeString(config, """
                {"staffing": {"agents": [{"agent": "bob", "routingProfile": "Basic",
                  "from": "2026-12-01T09:00:00+09:00", "to": "2026-12-01T09:02:00+09:00"}]}}
                """);
        assertEquals(0, run("--records", records.toString(), "--config", config.toString()), err());
        assertTrue(out().contains("Support") && out().contains("SL20 %") && out().contains("33.3 → 100 (+66.7)"), out());
        assertTrue(out().contains("Basic"), out());

        out.reset();
        assertEquals(0, run("--records", dir.toString(), "--config", config.toString(), "--format", "json",
                "--from", "2026-12-01T09:00:00+09:00", "--to", "2026-12-01T10:00:00+09:00"), err());
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) Json.parse(out().strip());
        @SuppressWarnings("unchecked")
        Map<String, Map<String, Object>> total = (Map<String, Map<String, Object>>) json.get("total");
        assertEquals(100.0, total.get("replay").get("serviceLevel20"));
        assertEquals(33.33, total.get("actual").get("serviceLevel20"));
        assertEquals("2026-12-01T00:00:00Z", ((Map<?, ?>) json.get("summary")).get("from"));

        out.reset();
        assertEquals(0, run("--records", records.toString(), "--format", "csv"), err());
        assertTrue(out().startsWith("\uFEFFsection,id,name,metric,actual,replay,delta\r\n"), out());
        assertTrue(out().contains("queue,q-Support,Support,serviceLevel20,33.33,66.67,33.34\r\n"), out());

        out.reset();
        // a period without contacts: nothing replayed, still a report
        assertEquals(0, run("--records", records.toString(), "--from", "2026-12-02T00:00:00Z", "--format", "json"), err());
        assertTrue(out().contains("\"contacts\":0"), out());
    }

    @Test
    void badInputExitsWith2AndNamesTheLine(@TempDir Path dir) throws Exception {
        Path records = records(dir);
        Files.writeString(records, Files.readString(records) + "not json\n");
        assertEquals(2, run("--records", records.toString()));
        assertTrue(err().contains(records + ":4: column 1: "), err());

        err.reset();
        Path config = dir.resolve("bad.json");
        Files.writeString(config, "{\"routingProfiles\": [{\"routingProfile\": \"Basic\",\n \"media\": [{\"channel\": \"VOICE\", \"concurrency\": 2}]}]}");
        assertEquals(2, run("--records", records(dir).toString(), "--config", config.toString()));
        assertTrue(err().contains("bad.json: routingProfiles[0].media[0]: concurrency 2 not allowed for VOICE"), err());

        err.reset();
        Files.writeString(config, "{\"routingProfiles\": [{\"routingProfile\": \"Basic\", \"media\": [{\"channel\": \"VOICE\"}], "
                + "\"queues\": [{\"queue\": \"Support\", \"channel\": \"CHAT\"}]}], \"extra\": 1}");
        assertEquals(2, run("--records", records(dir).toString(), "--config", config.toString()));
        assertTrue(err().contains("bad.json: extra: unknown member; known: routingProfiles, staffing, rules"), err());
        err.reset();
        Files.writeString(config, "{\"routingProfiles\": [{\"routingProfile\": \"Basic\", \"media\": [{\"channel\": \"VOICE\"}], "
                + "\"queues\": [{\"queue\": \"Support\", \"channel\": \"CHAT\"}]}]}");
        assertEquals(2, run("--records", records(dir).toString(), "--config", config.toString()));
        assertTrue(err().contains("bad.json: routingProfiles[0].queues[0].channel: the profile has no CHAT in its media"), err());

        err.reset();
        Files.writeString(config, "{\"staffing\": {\"agents\": [{\"agent\": \"bob\"}]},\n \"rules\": {\"routing\": []},}");
        assertEquals(2, run("--records", records.toString(), "--config", config.toString()));
        assertTrue(err().contains("bad.json:2:27: column "), err());

        err.reset();
        Files.writeString(config, "{\"staffing\": {\"agents\": [{\"agent\": \"bob\"}]}}");
        assertEquals(2, run("--records", records.toString(), "--config", config.toString()));
        assertTrue(err().contains("agent bob is not in the records: give its routingProfile, from and to"), err());

        err.reset();
        Files.writeString(config, "{\"routingProfiles\": [{\"routingProfile\": \"New\", \"media\": [{\"channel\": \"VOICE\"}], "
                + "\"queues\": [{\"queue\": \"Sales\", \"channel\": \"VOICE\"}]}]}");
        assertEquals(2, run("--records", records.toString(), "--config", config.toString()));
        assertTrue(err().contains("routing profile New: unknown queue Sales (the records name [Support])"), err());

        err.reset();
        assertEquals(2, run("--records", dir.resolve("none.jsonl").toString()));
        assertTrue(err().contains("none.jsonl: no such file or directory"), err());
        err.reset();
        assertEquals(2, run("--records", records.toString(), "--format", "xml"));
        assertEquals(2, run("--config", config.toString()));
        assertTrue(err().contains("--records is required"), err());
    }

    @Test
    void aBrokenCandidateRuleFileIsRejectedWithFileAndLine(@TempDir Path dir) throws Exception {
        Path drl = dir.resolve("contact-priority.drl");
        Files.writeString(drl, """
                package org.contactcenter.rules.routing

                import org.contactcenter.rules.model.ContactPriorityRequest

                rule "Broken"
                when
                    $r : ContactPriorityRequest(
                then
                end
                """);
        Path config = dir.resolve("candidate.json");
        Files.writeString(config, "{\"rules\": {\"routing\": [\"contact-priority.drl\"]}}");
        RuleBaseException e = assertThrows(RuleBaseException.class, () -> Candidate.read(config));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(drl + ":") && !p.startsWith(drl + ":0:")), e.problems().toString());

        Path table = dir.resolve("priority-boosts.drl.csv");
        String csv = new String(getClass().getResourceAsStream("/org/contactcenter/rules/routing/priority-boosts.drl.csv").readAllBytes(),
                StandardCharsets.UTF_8) + "Broken boost,\"membership,bronze\",not-a-number\n";
        Files.writeString(table, csv);
        Files.writeString(config, "{\"rules\": {\"routing\": [\"priority-boosts.drl.csv\"]}}");
        int row = (int) csv.lines().count();
        assertEquals(2, run("--records", records(dir).toString(), "--config", config.toString()));
        assertTrue(err().contains("the candidate rules do not compile") && err().contains(table + ":" + row + ":C:"), err());

        err.reset();
        Files.writeString(config, "{\"rules\": {\"routing\": [\"missing.drl\"]}}");
        assertEquals(2, run("--records", records(dir).toString(), "--config", config.toString()));
        assertTrue(err().contains(dir.resolve("missing.drl") + ":0: cannot read"), err());
    }
}
