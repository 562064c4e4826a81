package org.contactcenter.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.json.Json;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The chat widget in headless Chromium (Debian's chromium and chromedriver, installed by .ci/run): a customer on
 * the demo page starts a chat, answers the flow with an option button, talks with an agent on a real /ws/agent
 * socket, sees the agent's markup as text (escaped), reloads the page and gets the conversation back, and ends it.
 */
@ExtendWith(SharedCenter.class)
class ChatWidgetIT {
    final URL root = SharedCenter.url();
    Api admin;
    ChatFixture fixture;
    WebDriver browser;

    @BeforeEach
    void browserAndFixture() throws Exception {
        admin = Api.at(root.toString()).awaitReady().admin();
        fixture = ChatFixture.create(admin, UUID.randomUUID().toString().substring(0, 8));
        String driver = System.getProperty("cc.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("cc.chromium", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(driver)) && Files.isExecutable(Path.of(chromium)),
                "the widget test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1200,900",
                        "--user-data-dir=" + Files.createTempDirectory("cc-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        browser.manage().timeouts().scriptTimeout(Waits.seconds(10));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aCustomerChatsWithAnAgentThroughTheWidget() throws Exception {
        browser.get(root + "chat/?flowId=" + fixture.flow());
        find(By.cssSelector(".cc-launch")).click();
        WebElement input = find(By.cssSelector(".cc-form input"));
        input.sendKeys("Hanako <img src=x onerror=\"window.pwned=1\">", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'Welcome to the chat.')]"));
        find(By.xpath("//div[contains(@class,'cc-options')]/button[text()='support']")).click();
        find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'support')]"));

        try (JsonSocket fay = JsonSocket.agent(root.getPort(), fixture.agent(), "agent-pass-1")) {
            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String contactId = fay.awaitType("offer").getJsonObject("contact").getString("id");
            fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contactId).build());
            assertEquals("Hanako <img src=x onerror=\"window.pwned=1\">", fay.awaitType("chat-transcript").getJsonObject("chat").getString("displayName"));
            find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'Fay joined the chat.')]"));

            String markup = "<b>bold</b> & <script>window.pwned=2</script>";
            fay.send(Json.createObjectBuilder().add("type", "chat-message").add("contactId", contactId).add("text", markup).build());
            WebElement fromAgent = find(By.cssSelector(".cc-AGENT"));
            assertTrue(fromAgent.getText().contains(markup), "shown as text: " + fromAgent.getText());
            assertTrue(fromAgent.findElements(By.tagName("b")).isEmpty() && fromAgent.findElements(By.tagName("script")).isEmpty(), "never as HTML");
            assertNull(((JavascriptExecutor) browser).executeScript("return window.pwned"), "no script ran");

            find(By.cssSelector(".cc-form input")).sendKeys("Thanks, Fay!", Keys.ENTER);
            assertEquals("Thanks, Fay!", fay.await("the customer's message", m -> m.getString("type").equals("chat-message")
                    && m.getJsonObject("message").getString("text").equals("Thanks, Fay!")).getJsonObject("message").getString("text"));

            browser.navigate().refresh(); // the socket drops; the widget comes back with the same chat
            find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'Thanks, Fay!')]"));
            List<String> bubbles = browser.findElements(By.cssSelector(".cc-msg")).stream().map(WebElement::getText).toList();
            assertTrue(bubbles.get(0).contains("Welcome to the chat."), "the whole transcript, in order: " + bubbles);

            find(By.cssSelector(".cc-end")).click();
            find(By.xpath("//div[contains(@class,'cc-status')][contains(.,'This chat has ended.')]"));
            fay.awaitType("chat-ended");
        }
    }

    private WebElement find(By by) {
        return new WebDriverWait(browser, Waits.seconds(20)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }
}
