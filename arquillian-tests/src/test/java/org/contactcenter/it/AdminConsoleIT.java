package org.contactcenter.it;

import static org.contactcenter.it.WorkspaceIT.find;
import static org.contactcenter.it.WorkspaceIT.shot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console (/admin/) in headless Chromium against the real center: an admin creates hours of operation
 * (weekly grid), a queue on them, a routing profile serving the queue and an agent on that profile, and the REST API
 * has each as entered; a bad value is shown at its field, a delete of a queue the profile still uses shows the 409's
 * text; Escape closes a form and the focus comes back; an agent is refused; Japanese.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class AdminConsoleIT {
    final URL root = SharedCenter.url();
    final List<WebDriver> browsers = new ArrayList<>();
    Api admin;
    String unique;

    @BeforeEach
    void fixture() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
    }

    @AfterEach
    void quit() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void anAdminCreatesHoursAQueueAProfileAndAnAgentAsTheApiThenHasThem() throws Exception {
        WebDriver b = browser("en-US");
        signIn(b, "admin", "admin-pass");

        // hours of operation: the weekly grid starts as Mon-Fri 09:00-17:00; add Saturday, first with a bad end
        String hoursName = "Hours " + unique;
        find(b, By.id("nav-hours-of-operation")).click();
        find(b, By.id("new")).click();
        find(b, By.id("f-name")).sendKeys(hoursName);
        replace(find(b, By.id("f-timeZone")), "Asia/Tokyo");
        find(b, By.id("f-config-add")).click();
        assertEquals("f-config-5-day", b.switchTo().activeElement().getAttribute("id"), "the new row's first cell has the focus");
        new Select(find(b, By.id("f-config-5-day"))).selectByValue("SATURDAY");
        replace(find(b, By.id("f-config-5-start")), "10:00");
        replace(find(b, By.id("f-config-5-end")), "25:00");
        find(b, By.id("save")).click();
        WebElement endError = find(b, By.id("f-config-5-end-error"));
        assertTrue(endError.getText().contains("HH:mm"), endError.getText());
        assertEquals("true", find(b, By.id("f-config-5-end")).getAttribute("aria-invalid"));
        assertEquals("f-config-5-end", b.switchTo().activeElement().getAttribute("id"), "the focus on the field in error");
        replace(find(b, By.id("f-config-5-end")), "14:00");
        find(b, By.id("save")).click();
        String hoursId = savedRowId(b, hoursName);
        JsonObject hours = admin.get("api/v1/hours-of-operation/" + hoursId).object();
        assertEquals("Asia/Tokyo", hours.getString("timeZone"));
        assertEquals(6, hours.getJsonArray("config").size());
        JsonObject saturday = hours.getJsonArray("config").getJsonObject(5);
        assertEquals(List.of("SATURDAY", "10:00", "14:00"), List.of(saturday.getString("day"), saturday.getString("start"), saturday.getString("end")));
        boolean open = admin.get("api/v1/hours-of-operation/" + hoursId + "/status").object().getBoolean("open");
        String now = find(b, By.xpath("//tr[@data-id='" + hoursId + "']/td[3]")).getText();
        assertTrue(now.startsWith(open ? "Open · closes" : "Closed · opens"), now);

        // a queue on those hours; a caller id that is not E.164 is refused at its field
        String queueName = "Queue " + unique;
        find(b, By.id("nav-queues")).click();
        find(b, By.id("new")).click();
        find(b, By.id("f-name")).sendKeys(queueName);
        new Select(find(b, By.id("f-hoursOfOperationId"))).selectByVisibleText(hoursName);
        find(b, By.id("f-maxContacts")).sendKeys("25");
        find(b, By.id("f-outboundCallerIdNumber")).sendKeys("12345");
        find(b, By.id("save")).click();
        assertTrue(find(b, By.id("f-outboundCallerIdNumber-error")).getText().contains("E.164"));
        assertTrue(b.findElements(By.id("form-errors")).isEmpty(), "the only violation is at its field");
        replace(find(b, By.id("f-outboundCallerIdNumber")), "+81355550123");
        find(b, By.id("save")).click();
        String queueId = savedRowId(b, queueName);
        JsonObject queue = admin.get("api/v1/queues/" + queueId).object();
        assertEquals(hoursId, queue.getString("hoursOfOperationId"));
        assertEquals(25, queue.getInt("maxContacts"));
        assertEquals("+81355550123", queue.getString("outboundCallerIdNumber"));
        assertEquals("STANDARD", queue.getString("type"));

        // Escape closes a form, and the focus goes back to New
        find(b, By.id("new")).click();
        find(b, By.id("f-name")).sendKeys("never saved", Keys.ESCAPE);
        new WebDriverWait(b, Waits.seconds(5)).until(d -> d.findElements(By.cssSelector("form.editor")).isEmpty());
        assertEquals("new", b.switchTo().activeElement().getAttribute("id"));

        // a routing profile: voice and three chats (any channel meanwhile), the queue on both channels
        String profileName = "Profile " + unique;
        find(b, By.id("nav-routing-profiles")).click();
        find(b, By.id("new")).click();
        find(b, By.id("f-name")).sendKeys(profileName);
        find(b, By.id("f-mediaConcurrencies-add")).click();
        new Select(find(b, By.id("f-mediaConcurrencies-1-channel"))).selectByValue("CHAT");
        replace(find(b, By.id("f-mediaConcurrencies-1-concurrency")), "3");
        new Select(find(b, By.id("f-mediaConcurrencies-1-crossChannelBehavior"))).selectByValue("ROUTE_ANY_CHANNEL");
        find(b, By.id("f-queueConfigs-add")).click();
        new Select(find(b, By.id("f-queueConfigs-0-queueId"))).selectByVisibleText(queueName);
        replace(find(b, By.id("f-queueConfigs-0-priority")), "2");
        replace(find(b, By.id("f-queueConfigs-0-delay")), "5");
        find(b, By.id("f-queueConfigs-add")).click();
        new Select(find(b, By.id("f-queueConfigs-1-queueId"))).selectByVisibleText(queueName);
        new Select(find(b, By.id("f-queueConfigs-1-channel"))).selectByValue("CHAT");
        new Select(find(b, By.id("f-defaultOutboundQueueId"))).selectByVisibleText(queueName);
        find(b, By.id("save")).click();
        String profileId = savedRowId(b, profileName);
        JsonObject profile = admin.get("api/v1/routing-profiles/" + profileId).object();
        assertEquals("VOICE 1 ROUTE_CURRENT_CHANNEL_ONLY, CHAT 3 ROUTE_ANY_CHANNEL", joined(profile, "mediaConcurrencies", "channel", "concurrency", "crossChannelBehavior"));
        assertEquals(queueId + " VOICE 2 5, " + queueId + " CHAT 1 0", joined(profile, "queueConfigs", "queueId", "channel", "priority", "delay"));
        assertEquals(queueId, profile.getString("defaultOutboundQueueId"));

        // an agent on that profile with a desk phone, ACW timeouts and a proficiency; the password works
        String agent = "adm-" + unique;
        find(b, By.id("nav-users")).click();
        find(b, By.id("new")).click();
        find(b, By.id("f-username")).sendKeys(agent);
        find(b, By.id("f-password")).sendKeys("agent-pass-9");
        find(b, By.id("f-firstName")).sendKeys("Aoi");
        find(b, By.id("f-lastName")).sendKeys("山田");
        assertTrue(find(b, By.id("f-roles-AGENT")).isSelected(), "a new user is an agent unless unticked");
        new Select(find(b, By.id("f-routingProfileId"))).selectByVisibleText(profileName);
        new Select(find(b, By.id("f-phoneType"))).selectByValue("DESK_PHONE");
        find(b, By.id("f-phoneEndpoint")).sendKeys("PJSIP/" + unique);
        replace(find(b, By.id("f-afterContactWorkTimeouts-voice")), "30");
        replace(find(b, By.id("f-afterContactWorkTimeouts-chat")), "60");
        find(b, By.id("f-proficiencies-add")).click();
        find(b, By.id("f-proficiencies-0-name")).sendKeys("language");
        find(b, By.id("f-proficiencies-0-value")).sendKeys("ja");
        replace(find(b, By.id("f-proficiencies-0-level")), "4");
        find(b, By.id("save")).click();
        String userId = savedRowId(b, agent);
        JsonObject user = admin.get("api/v1/users/" + userId).object();
        assertEquals("[\"AGENT\"]", user.getJsonArray("roles").toString());
        assertEquals(List.of("Aoi", "山田", profileId, "DESK_PHONE", "PJSIP/" + unique), List.of(user.getString("firstName"), user.getString("lastName"),
                user.getString("routingProfileId"), user.getString("phoneType"), user.getString("phoneEndpoint")));
        assertEquals(30, user.getJsonObject("afterContactWorkTimeouts").getInt("voice"));
        assertEquals(60, user.getJsonObject("afterContactWorkTimeouts").getInt("chat"));
        assertEquals("language ja 4", joined(user, "proficiencies", "name", "value", "level"));
        assertTrue(!user.containsKey("password"), "write-only");
        assertEquals(200, Api.at(root.toString()).as(agent, "agent-pass-9").get("api/v1/session").status(), "signs in with the password entered");
        shot(b, "admin-users-en");

        // the queue is still used by the profile: its delete is refused, and the page says by what
        find(b, By.id("nav-queues")).click();
        find(b, By.cssSelector("tr[data-id='" + queueId + "'] .delete")).click();
        assertTrue(b.switchTo().activeElement().getAttribute("class").contains("confirm-delete"), "the confirmation has the focus");
        b.switchTo().activeElement().click();
        WebElement refused = find(b, By.id("list-error"));
        assertTrue(refused.getText().startsWith(queueName + " was not deleted") && refused.getText().contains("still referenced by routing profile " + profileName),
                refused.getText());
        assertEquals(200, admin.get("api/v1/queues/" + queueId).status());
        shot(b, "admin-queue-409-en");

        // the filter keeps the rows with the text in any column: the hours' name finds the queue on them
        find(b, By.id("filter")).sendKeys(hoursName.toUpperCase());
        new WebDriverWait(b, Waits.seconds(5)).until(d -> d.findElements(By.cssSelector("tr[data-id]")).size() == 1);
        assertEquals(queueId, b.findElement(By.cssSelector("tr[data-id]")).getAttribute("data-id"));
    }

    @Test
    void anAgentIsRefusedAndTheConsoleSpeaksJapanese() throws Exception {
        ChatFixture fixture = ChatFixture.create(admin, unique);
        WebDriver agent = browser("en-US");
        signIn(agent, fixture.agent(), "agent-pass-1");
        WebElement refused = find(agent, By.id("no-role"));
        assertTrue(refused.getText().contains("admin role") && refused.getText().contains(fixture.agent()), refused.getText());
        assertTrue(agent.findElements(By.cssSelector("cc-resource, nav.side")).isEmpty(), "nothing of the console");
        Object status = ((JavascriptExecutor) agent).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch('/api/v1/queues', {headers: {'X-Requested-With': 'test'}}).then(r => done(r.status), e => done(-1));");
        assertEquals(403L, ((Number) status).longValue(), "nor its data");

        WebDriver ja = browser("ja-JP");
        signIn(ja, "admin", "admin-pass");
        find(ja, By.xpath("//h1[contains(., '管理')]"));
        find(ja, By.id("nav-queues")).click();
        find(ja, By.xpath("//h2[@id='resource-title'][text()='キュー']"));
        find(ja, By.id("new")).click();
        find(ja, By.xpath("//h3[@id='form-title'][text()='キューを新規作成']"));
        find(ja, By.id("f-name")).sendKeys("キュー " + unique);
        new Select(find(ja, By.id("f-hoursOfOperationId"))).selectByVisibleText("24x7");
        find(ja, By.id("f-maxContacts")).sendKeys("0");
        find(ja, By.id("save")).click();
        find(ja, By.id("f-maxContacts-error"));
        shot(ja, "admin-queue-ja");
        replace(find(ja, By.id("f-maxContacts")), "");
        find(ja, By.id("save")).click();
        String id = savedRowId(ja, "キュー " + unique);
        JsonObject queue = admin.get("api/v1/queues/" + id).object();
        assertEquals("キュー " + unique, queue.getString("name"));
        assertTrue(!queue.containsKey("maxContacts") || queue.isNull("maxContacts"), "emptied: no cap; " + queue);
        assertEquals("キュー " + unique + " を作成しました。", find(ja, By.id("status")).getText());
    }

    @Test
    void anExternalFunctionIsCalledFromItsFormAQuickTableGetsAnItemAndATextPromptIsHeard() throws Exception {
        WebDriver b = browser("en-US");
        signIn(b, "admin", "admin-pass");
        String function = "CRM " + unique;
        find(b, By.id("nav-external-functions")).click();
        find(b, By.id("new")).click();
        find(b, By.id("f-name")).sendKeys(function);
        find(b, By.id("f-url")).sendKeys(root + "api/v1/demo/customer-lookup");
        find(b, By.id("f-authorization")).sendKeys("Bearer s3cret-" + unique);
        find(b, By.id("save")).click();
        String functionId = savedRowId(b, function);
        JsonObject saved = admin.get("api/v1/external-functions/" + functionId).object();
        assertEquals(3000, saved.getInt("timeoutMillis"), "the form's default");
        assertTrue(saved.getBoolean("authorizationSet") && !saved.toString().contains("s3cret"), saved.toString());
        assertEquals("Yes", find(b, By.xpath("//tr[@data-id='" + functionId + "']/td[3]")).getText());

        // the test call: the demo CRM's answer for a known number, as a table
        b.switchTo().activeElement().click(); // the saved row's Edit
        find(b, By.id("test-number")).sendKeys("+819011112222");
        find(b, By.id("test-call")).click();
        WebElement answer = find(b, By.id("test-answer"));
        assertTrue(answer.getText().contains("found true") && answer.getText().contains("company"), answer.getText());
        find(b, By.id("save")).click(); // saved again without touching the write-only field: kept
        savedRowId(b, function);
        assertTrue(admin.get("api/v1/external-functions/" + functionId).object().getBoolean("authorizationSet"));

        String table = admin.created("quick-tables", jakarta.json.Json.createObjectBuilder().add("name", "Table " + unique)).getString("id");
        find(b, By.id("nav-quick-tables")).click();
        find(b, By.cssSelector("tr[data-id='" + table + "'] .edit")).click();
        find(b, By.id("item-key")).sendKeys("+81355550000");
        find(b, By.id("item-value")).sendKeys("lastQueue=Sales\nvip=true");
        find(b, By.id("item-save")).click();
        find(b, By.cssSelector("tr[data-key='+81355550000']"));
        JsonObject item = admin.get("api/v1/quick-tables/" + table + "/items/%2B81355550000").object();
        assertEquals("{\"lastQueue\":\"Sales\",\"vip\":\"true\"}", item.getJsonObject("value").toString());

        // a text prompt, heard as callers hear it: the center's text-to-speech, played in the page
        String prompt = admin.created("prompts", jakarta.json.Json.createObjectBuilder().add("name", "Hello " + unique)
                .add("text", "Thank you for calling.")).getString("id");
        find(b, By.id("nav-prompts")).click();
        find(b, By.cssSelector("tr[data-id='" + prompt + "'] .edit")).click();
        find(b, By.id("prompt-listen")).click();
        WebElement audio = find(b, By.id("prompt-audio"));
        assertTrue(audio.getAttribute("src").startsWith("blob:"), audio.getAttribute("src"));
        Object seconds = new WebDriverWait(b, Waits.seconds(10)).until(d -> {
            Object duration = ((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.getElementById('prompt-audio').duration");
            return duration instanceof Number n && n.doubleValue() > 0.5 ? duration : null;
        });
        assertTrue(((Number) seconds).doubleValue() < 10, "a second or two of speech: " + seconds);
    }

    /** After a save: the list has the row, its Edit button has the focus; the row's id. */
    private static String savedRowId(WebDriver b, String name) {
        WebElement row = find(b, By.xpath("//tr[@data-id][th[normalize-space(.)='" + name + "']]"));
        new WebDriverWait(b, Waits.seconds(5)).withMessage("the saved row's Edit button has the focus")
                .until(d -> row.findElement(By.cssSelector(".edit")).equals(d.switchTo().activeElement()));
        return row.getAttribute("data-id");
    }

    private static String joined(JsonObject o, String list, String... fields) {
        return String.join(", ", o.getJsonArray(list).stream().map(JsonValue::asJsonObject)
                .map(e -> String.join(" ", java.util.Arrays.stream(fields).map(f -> e.get(f) instanceof jakarta.json.JsonString s ? s.getString() : String.valueOf(e.get(f))).toList()))
                .toList());
    }

    private static void replace(WebElement input, String text) {
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        if (!text.isEmpty()) {
            input.sendKeys(text);
        }
    }

    /** Opens /admin/ and signs in on the sign-in page it leads to (?next=/admin/). */
    private void signIn(WebDriver b, String user, String password) {
        b.get(root + "admin/");
        find(b, By.id("username")).sendKeys(user);
        find(b, By.id("password")).sendKeys(password);
        find(b, By.id("submit")).click();
        new WebDriverWait(b, Waits.seconds(20)).until(d -> !d.findElements(By.cssSelector("nav.side, #no-role")).isEmpty());
    }

    private WebDriver browser(String language) throws Exception {
        WebDriver b = ChatWidgetIT.chromium("1300,900", language);
        browsers.add(b);
        return b;
    }
}
