package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.contactcenter.it.WorkspaceIT.find;
import static org.contactcenter.it.WorkspaceIT.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.contactcenter.it.Api.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Rules for analysts: an analyst changes the priority decision table on /admin/rules/ in headless Chromium, runs the
 * case files (a broken change fails a scenario by its file:line), publishes, a new contact gets the new priority,
 * and rolls back; the versions name the analyst. Rule files cannot reach the server: a DRL that would write a file
 * is refused with file:line through the API and in the watched directory, and the previous rules keep deciding. The
 * analyst reads the configuration but not users, and changes none of it.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class AnalystRulesIT {
    static final String EVIL = "package org.contactcenter.rules.routing\nimport org.contactcenter.rules.model.ContactPriorityRequest\n"
            + "rule \"Owned\"\nwhen\n    $r : ContactPriorityRequest()\nthen\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\"%s\"), \"owned\");\nend\n";
    final URL root = SharedCenter.url();
    Api admin;
    Api analyst;
    String unique;
    String queueId;
    WebDriver browser;

    @BeforeEach
    void fixture() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
        String user = "an-" + unique;
        assertEquals(201, admin.post("api/v1/users", ConfigurationApiIT.user(user, "analyst-pass-1", "ANALYST").build()).status());
        analyst = Api.at(root.toString()).as(user, "analyst-pass-1");
        queueId = admin.created("queues", ConfigurationApiIT.queue("RQ-" + unique, admin.idOf("hours-of-operation", "name", "24x7"))).getString("id");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aRuleFileCannotRunCodeThroughTheApiOrTheWatchedDirectory() throws Exception {
        Path target = Files.createTempDirectory("cc-owned").resolve("owned.txt");
        Answer refused = analyst.send(analyst.request("api/v1/rules/files/routing/owned-" + unique + ".drl").header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(EVIL.formatted(target))));
        assertEquals(400, refused.status(), refused.toString());
        assertTrue(refused.body().contains("owned-" + unique + ".drl (uploaded):7: fully qualified names"), refused.body());
        Path directory = Path.of(System.getProperty("cc.rules.directory"));
        assertFalse(Files.exists(directory.resolve("routing/owned-" + unique + ".drl")), "nothing was written");

        // an analyst who can write into the watched directory gets the same refusal; the previous rules keep deciding
        Path dropped = directory.resolve("routing/dropped-owned-" + unique + ".drl");
        Files.createDirectories(dropped.getParent());
        Files.writeString(dropped, EVIL.formatted(target));
        try {
            await().atMost(Waits.seconds(20)).untilAsserted(() -> assertTrue(analyst.get("api/v1/rules/status").object().getJsonArray("rejectedProblems")
                    .toString().contains(dropped + ":7: fully qualified names"), analyst.get("api/v1/rules/status").body()));
            assertEquals(1, contact("vip", "true").getInt("priority"), "the VIP row still decides");
        } finally {
            Files.delete(dropped);
        }
        await().atMost(Waits.seconds(20)).until(() -> analyst.get("api/v1/rules/status").object().getJsonArray("rejectedProblems").isEmpty());
        assertFalse(Files.exists(target), "no rule ran the code");

        // the analyst reads the configuration, not users; changes nothing of it
        assertEquals(200, analyst.get("api/v1/queues/" + queueId).status());
        assertEquals(403, analyst.get("api/v1/users").status());
        assertEquals(403, analyst.delete("api/v1/queues/" + queueId).status());
        Api supervisor = Api.at(root.toString()).as("supervisor", "supervisor-pass");
        Answer text = supervisor.send(supervisor.request("api/v1/rules/files/routing/priority-boosts.drl.csv").setHeader("Accept", "text/plain").GET());
        assertEquals(200, text.status(), "supervisors read rules");
        assertTrue(text.body().startsWith("RuleSet,org.contactcenter.rules.routing"), text.body());
        assertEquals(403, supervisor.send(supervisor.request("api/v1/rules/files/routing/x.drl").header("Content-Type", "text/plain")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString("rule \"x\" when then end"))).status(), "but do not change them");
    }

    @Test
    void anAnalystChangesTheDecisionTableTestsItPublishesAndRollsBack() throws Exception {
        assertEquals(5, contact("tier", "gold-" + unique).getInt("priority"), "no rule for gold yet");
        browser = ChatWidgetIT.chromium("1400,1000", "en");
        browser.get(root + "signin/");
        find(browser, By.id("username")).sendKeys("an-" + unique);
        find(browser, By.id("password")).sendKeys("analyst-pass-1", Keys.ENTER);
        find(browser, By.cssSelector("button[data-file='routing/priority-boosts.drl.csv']")).click();
        assertTrue(browser.getCurrentUrl().endsWith("/admin/rules/"), browser.getCurrentUrl());

        // a broken change first: the VIP row's priority 9 fails the analysts' case files, by file and line
        WebElement vip = find(browser, By.cssSelector("input[data-cell='10:C']"));
        assertEquals("1", vip.getAttribute("value"));
        vip.clear();
        vip.sendKeys("9");
        find(browser, By.id("run-cases")).click();
        WebElement failed = find(browser, By.cssSelector("#test-results ul.failed"));
        assertTrue(failed.getText().contains("priorities.csv:"), failed.getText());
        // a cell that does not compile: the problem names it, and the cell is marked; the focus stays on Validate
        vip.clear();
        vip.sendKeys("abc");
        find(browser, By.id("validate")).click();
        find(browser, By.cssSelector("#problems"));
        find(browser, By.cssSelector("input[data-cell='10:C'][aria-invalid='true']"));
        new WebDriverWait(browser, Waits.seconds(5)).until(d -> "validate".equals(d.switchTo().activeElement().getAttribute("id")));
        vip = find(browser, By.cssSelector("input[data-cell='10:C']"));
        vip.clear();
        vip.sendKeys("1");

        // a new row for gold members, tested, then published
        find(browser, By.cssSelector("button[aria-label='Add a row below row 11']")).click();
        find(browser, By.cssSelector("input[data-cell='12:A']")).sendKeys("Gold member");
        find(browser, By.cssSelector("input[data-cell='12:B']")).sendKeys("tier,gold-" + unique);
        find(browser, By.cssSelector("input[data-cell='12:C']")).sendKeys("3");
        find(browser, By.id("validate")).click();
        find(browser, By.xpath("//p[@id='note'][contains(.,'Valid')]"));
        find(browser, By.id("run-cases")).click();
        find(browser, By.id("all-passed"));
        shot(browser, "rules-tested");
        find(browser, By.id("publish")).click();
        accept();
        find(browser, By.xpath("//p[@id='note'][contains(.,'Published as version')]"));
        try {
            assertEquals(3, contact("tier", "gold-" + unique).getInt("priority"), "the published row decides");
            JsonObject latest = last(analyst.get("api/v1/rules/files/routing/priority-boosts.drl.csv/versions").object());
            assertEquals("an-" + unique, latest.getString("publishedBy"));
            assertEquals("PUBLISH", latest.getString("action"));
            assertTrue(admin.get("api/v1/audit-events?limit=20").body().contains("\"RULE_FILE_PUBLISHED\""));
            find(browser, By.cssSelector("#versions tr[data-version='" + latest.getInt("version") + "']"));
            shot(browser, "rules-published");
        } finally {
            find(browser, By.id("rollback")).click();
            accept();
            find(browser, By.xpath("//p[@id='note'][contains(.,'Rolled back')]"));
        }
        assertEquals(5, contact("tier", "gold-" + unique).getInt("priority"), "rolled back: no gold row");
        assertEquals("ROLLBACK", last(analyst.get("api/v1/rules/files/routing/priority-boosts.drl.csv/versions").object()).getString("action"));
    }

    @Test
    void theRulesPageSpeaksJapaneseAndIsReadOnlyForSupervisors() throws Exception {
        browser = ChatWidgetIT.chromium("1400,1000", "ja");
        browser.get(root + "signin/?next=/admin/rules/");
        find(browser, By.id("username")).sendKeys("supervisor");
        find(browser, By.id("password")).sendKeys("supervisor-pass", Keys.ENTER);
        find(browser, By.cssSelector("button[data-file='routing/priority-boosts.drl.csv']")).click();
        find(browser, By.xpath("//p[contains(.,'閲覧のみ')]"));
        assertTrue(browser.findElements(By.id("publish")).isEmpty(), "no publish button for a supervisor");
        assertEquals("true", find(browser, By.cssSelector("input[data-cell='10:C']")).getAttribute("readonly"));
        shot(browser, "rules-ja-supervisor");
    }

    private void accept() {
        new WebDriverWait(browser, Waits.seconds(10)).until(ExpectedConditions.alertIsPresent()).accept();
    }

    private static JsonObject last(JsonObject versions) {
        var all = versions.getJsonArray("versions");
        return all.getJsonObject(all.size() - 1);
    }

    private JsonObject contact(String attribute, String value) {
        Answer answer = admin.post("api/v1/contacts", Json.createObjectBuilder().add("queueId", queueId).add("channel", "CHAT")
                .add("attributes", Json.createObjectBuilder().add(attribute, value)).build());
        assertEquals(201, answer.status(), answer.toString());
        return answer.object();
    }
}
