package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The flow designer (/admin/flows/) in headless Chromium against the real center, on a copy of the demo inbound
 * flow (the suite shares one center: the demo flows stay as they are): an admin opens it from the list, moves a
 * block by dragging and with the keyboard, empties a prompt's text and sees the problem on the block and in the
 * list, writes a new text, publishes version 2 (whose document holds the position and the text), compares the
 * versions, runs the published flow as a caller in the test panel and sees the path taken on the graph; the JSON
 * view shows exactly the saved draft; rolling back to version 1 publishes its document as version 3; a supervisor
 * is told the page is for admins; the designer in Japanese.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class FlowDesignerIT {
    final URL root = SharedCenter.url();
    final List<WebDriver> browsers = new ArrayList<>();
    Api admin;
    String unique;
    String flowId;
    String flowName;

    @BeforeEach
    void copyOfTheDemoFlow() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
        JsonObject demo = admin.get("api/v1/contact-flows/" + admin.idOf("contact-flows", "name", "Demo inbound 24x7")).object();
        flowName = "Designer " + unique;
        flowId = admin.created("contact-flows", Json.createObjectBuilder().add("name", flowName).add("type", demo.getString("type"))
                .add("content", demo.getJsonObject("content"))).getString("id");
        Api.Answer published = admin.send(admin.request("api/v1/contact-flows/" + flowId + "/publish").POST(HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, published.status(), published.toString());
    }

    @AfterEach
    void quit() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void anAdminEditsPublishesAndTestsACopyOfTheDemoFlow() throws Exception {
        JsonObject catalogue = admin.get("api/v1/contact-flows/block-types").object();
        assertTrue(catalogue.getJsonArray("blockTypes").size() > 20 && catalogue.getJsonArray("operators").contains(Json.createValue("Equals")));

        WebDriver b = browser("en-US");
        signIn(b, "/admin/flows/");
        WebElement row = find(b, By.cssSelector("#flows tr[data-flow-id='" + flowId + "']"));
        assertTrue(row.getText().contains(flowName) && row.getText().contains("Published"), row.getText());
        row.findElement(By.cssSelector("button.open")).click();
        find(b, By.xpath("//h2[@id='flow-name'][text()='" + flowName + "']"));
        assertTrue(b.getCurrentUrl().endsWith("?id=" + flowId), b.getCurrentUrl());
        By greeting = By.cssSelector("g.block[data-id='greeting']");
        present(b, greeting);
        assertTrue(b.findElements(By.cssSelector("g.block")).size() > 20, "every block is drawn");
        assertTrue(b.findElements(By.cssSelector("path.edge[data-from='greeting'][data-to='menu-channel']")).size() >= 1, "branches as arrows");
        find(b, By.cssSelector("#validity.ok"));

        // choose the block from the list (it is brought into view), drag it, then move it with the keyboard
        new Select(find(b, By.id("find-block"))).selectByValue("greeting");
        find(b, By.xpath("//h2[@id='block-title'][text()='Play prompt']"));
        int x0 = attr(b, greeting, "data-x"), y0 = attr(b, greeting, "data-y");
        double scale = Double.parseDouble(find(b, By.id("flow-svg")).getAttribute("data-scale"));
        new Actions(b).clickAndHold(b.findElement(By.cssSelector("g.block[data-id='greeting'] rect.frame"))).moveByOffset(60, 90).release().perform();
        new WebDriverWait(b, Waits.seconds(10)).until(d -> attr(d, greeting, "data-x") != x0);
        int x1 = attr(b, greeting, "data-x"), y1 = attr(b, greeting, "data-y");
        assertEquals(x0 + 60 / scale, x1, 2, "moved by the drag, in the graph's units");
        assertEquals(y0 + 90 / scale, y1, 2);
        ((JavascriptExecutor) b).executeScript("arguments[0].focus()", b.findElement(greeting));
        new Actions(b).sendKeys(Keys.ARROW_RIGHT).perform();
        new WebDriverWait(b, Waits.seconds(10)).until(d -> attr(d, greeting, "data-x") == x1 + 20);
        int x = x1 + 20, y = y1;

        // a required parameter emptied: the problem is pinned to the block, on its field and in the list
        WebElement text = find(b, By.id("param-Text"));
        assertEquals(demoGreeting(), text.getAttribute("value"));
        text.clear();
        text.sendKeys(Keys.TAB);
        WebElement problems = find(b, By.id("block-problems"));
        assertTrue(problems.getText().contains("missing parameter Text or PromptId or SSML"), problems.getText());
        present(b, By.cssSelector("g.block.invalid[data-id='greeting'] .badge"));
        assertEquals("true", b.findElement(By.id("param-Text")).getAttribute("aria-invalid"));
        find(b, By.id("tab-problems")).click();
        WebElement listed = find(b, By.cssSelector("#problems button[data-block='greeting']"));
        WorkspaceIT.shot(b, "flow-designer-problem-en");
        listed.click(); // back to the block's form
        String newText = "Welcome to the designer test " + unique + ".";
        find(b, By.id("param-Text")).sendKeys(newText, Keys.TAB);
        find(b, By.xpath("//span[@id='validity'][contains(@class,'ok')][text()='No problems']"));
        assertTrue(b.findElements(By.cssSelector("g.block.invalid")).isEmpty(), "no block has a problem");

        find(b, By.id("publish")).click();
        find(b, By.xpath("//span[@id='published-version'][text()='version 2']"));
        JsonObject v2 = admin.get("api/v1/contact-flows/" + flowId + "/versions/2").object().getJsonObject("content");
        JsonObject action = v2.getJsonArray("Actions").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("Identifier").equals("greeting")).findFirst().orElseThrow();
        assertEquals(newText, action.getJsonObject("Parameters").getString("Text"));
        JsonObject position = v2.getJsonObject("Metadata").getJsonObject("ActionMetadata").getJsonObject("greeting").getJsonObject("position");
        assertEquals(x, position.getInt("x"));
        assertEquals(y, position.getInt("y"));

        // versions 1 and 2 side by side: the changed prompt is marked
        find(b, By.id("tab-versions")).click();
        find(b, By.cssSelector("#versions tr[data-version='2']"));
        find(b, By.xpath("//div[contains(@class,'diff-row')][contains(@class,'changed')]/span[contains(@class,'right')][contains(.,'" + unique + "')]"));
        assertNotEquals("0 changed line(s)", find(b, By.id("diff-count")).getText());
        assertTrue(b.findElements(By.xpath("//div[contains(@class,'diff-row')][not(contains(@class,'changed'))]")).size() > 100, "unchanged lines are shown too");

        // the test panel runs version 2 as a caller; the path taken shows on the graph
        find(b, By.id("tab-test")).click();
        new Select(find(b, By.id("test-channel"))).selectByValue("VOICE");
        WebElement endpoint = find(b, By.id("test-endpoint"));
        endpoint.clear();
        endpoint.sendKeys("+8135555" + String.format("%04d", Math.floorMod(unique.hashCode(), 10000))); // not a recent caller
        find(b, By.id("test-start")).click();
        find(b, By.cssSelector("#test-state[data-state='WAITING_FOR_INPUT']"));
        find(b, By.xpath("//ol[@id='test-log']/li[contains(.,'" + newText + "')]"));
        find(b, By.xpath("//ol[@id='test-log']/li[contains(.,'For sales, press 1')]"));
        find(b, By.id("test-input")).sendKeys("1", Keys.ENTER);
        present(b, By.cssSelector("g.block.on-path[data-id='set-sales']"));
        for (String id : List.of("hours", "greeting", "menu-channel", "menu")) {
            assertTrue(b.findElement(By.cssSelector("g.block[data-id='" + id + "']")).getAttribute("class").contains("on-path"), id + " on the path");
        }
        assertFalse(b.findElement(By.cssSelector("g.block[data-id='closed']")).getAttribute("class").contains("on-path"), "24x7: never closed");
        present(b, By.cssSelector("path.edge.on-path[data-from='menu'][data-to='set-sales']"));
        present(b, By.cssSelector("path.edge.on-path[data-from='greeting'][data-to='menu-channel']"));
        assertTrue(find(b, By.id("test-path")).getText().contains("greeting → menu-channel"), b.findElement(By.id("test-path")).getText());
        WorkspaceIT.shot(b, "flow-designer-test-en");

        // the JSON view is the saved draft itself
        find(b, By.id("tab-json")).click();
        String shown = find(b, By.id("json-text")).getAttribute("value");
        JsonObject draft = admin.get("api/v1/contact-flows/" + flowId).object().getJsonObject("content");
        assertEquals(draft, Json.createReader(new StringReader(shown)).readObject());

        // rolling back republishes version 1's document as version 3
        find(b, By.id("tab-versions")).click();
        ((JavascriptExecutor) b).executeScript("window.confirm = () => true");
        find(b, By.cssSelector("#versions tr[data-version='1'] button.rollback")).click();
        find(b, By.xpath("//span[@id='published-version'][text()='version 3']"));
        assertEquals(admin.get("api/v1/contact-flows/" + flowId + "/versions/1").object().getJsonObject("content"),
                admin.get("api/v1/contact-flows/" + flowId + "/versions/3").object().getJsonObject("content"));
        find(b, By.id("tab-block")).click();
        assertEquals(demoGreeting(), find(b, By.id("param-Text")).getAttribute("value"), "the form shows the rolled-back draft");

        WebDriver supervisor = browser("en-US");
        signIn(supervisor, "/admin/flows/", "supervisor", "supervisor-pass");
        find(supervisor, By.id("no-role"));
        assertTrue(supervisor.findElements(By.id("flows")).isEmpty(), "admins only");

        WebDriver ja = browser("ja-JP");
        signIn(ja, "/admin/flows/?id=" + flowId);
        find(ja, By.xpath("//h2[@id='flow-name'][text()='" + flowName + "']"));
        assertEquals("公開", find(ja, By.id("publish")).getText());
        assertEquals("ブロック", find(ja, By.id("tab-block")).getText());
        new Select(find(ja, By.id("find-block"))).selectByValue("menu");
        find(ja, By.xpath("//legend[text()='分岐']"));
        WorkspaceIT.shot(ja, "flow-designer-ja");
    }

    private String demoGreeting() {
        JsonObject demo = admin.get("api/v1/contact-flows/" + admin.idOf("contact-flows", "name", "Demo inbound 24x7")).object();
        return demo.getJsonObject("content").getJsonArray("Actions").stream().map(JsonObject.class::cast)
                .filter(a -> a.getString("Identifier").equals("greeting")).findFirst().orElseThrow()
                .getJsonObject("Parameters").getString("Text");
    }

    private static int attr(WebDriver b, By by, String name) {
        return Integer.parseInt(b.findElement(by).getAttribute(name));
    }

    private void signIn(WebDriver b, String next) {
        signIn(b, next, "admin", "admin-pass");
        find(b, By.cssSelector("header.bar #user"));
    }

    private void signIn(WebDriver b, String next, String user, String password) {
        b.get(root + "signin/?next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8));
        find(b, By.id("username")).sendKeys(user);
        find(b, By.id("password")).sendKeys(password);
        find(b, By.id("submit")).click();
    }

    private WebDriver browser(String language) throws Exception {
        WebDriver b = ChatWidgetIT.chromium("1400,900", language);
        browsers.add(b);
        return b;
    }

    /** An element of the graph, drawn whether or not it lies in the visible part of the canvas. */
    private static WebElement present(WebDriver b, By by) {
        return new WebDriverWait(b, Waits.seconds(20)).until(d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    private static WebElement find(WebDriver b, By by) {
        return WorkspaceIT.find(b, by);
    }
}
