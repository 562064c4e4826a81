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
 * socket, sees the agent's markup as text (escaped), reloads the page and gets the conversation back, and ends it;
 * the next visitor of the same browser starts afresh unless the customer kept the conversation, which then resumes;
 * a message typed while the center is unreachable is kept and arrives once; Japanese; a phone's viewport; keyboard.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class ChatWidgetIT {
    final URL root = SharedCenter.url();
    Api admin;
    ChatFixture fixture;
    WebDriver browser;

    @BeforeEach
    void browserAndFixture() throws Exception {
        admin = Api.at(root.toString()).awaitReady().admin();
        fixture = ChatFixture.create(admin, UUID.randomUUID().toString().substring(0, 8));
        browser = chromium("1200,900");
    }

    static WebDriver chromium(String windowSize) throws Exception {
        return chromium(windowSize, "en-US");
    }

    /** Headless Chromium whose pages see {@code language} as the browser's language (navigator.languages). */
    static WebDriver chromium(String windowSize, String language, String... arguments) throws Exception {
        String driver = System.getProperty("cc.chromedriver", "/usr/bin/chromedriver");
        String chromium = System.getProperty("cc.chromium", "/usr/bin/chromium");
        assertTrue(Files.isExecutable(Path.of(driver)) && Files.isExecutable(Path.of(chromium)),
                "the widget test needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)");
        ChromeOptions options = new ChromeOptions().setBinary(chromium)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=" + windowSize,
                        "--lang=" + language, "--user-data-dir=" + Files.createTempDirectory("cc-chromium"));
        options.addArguments(arguments);
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language + "," + language.split("-")[0]));
        WebDriver browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build(), options);
        browser.manage().timeouts().scriptTimeout(Waits.seconds(10));
        return browser;
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

    @Test
    void theNextVisitorStartsAfreshUnlessTheCustomerKeptTheConversationWhichThenResumes() throws Exception {
        browser.get(root + "chat/?flowId=" + fixture.flow());
        find(By.cssSelector(".cc-launch")).click();
        find(By.cssSelector(".cc-form input")).sendKeys("First visitor", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-options')]/button[text()='sales']")).click();
        find(By.cssSelector(".cc-form input")).sendKeys("my private question", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'my private question')]/span[@class='cc-state'][text()='Sent']"));
        find(By.cssSelector(".cc-end")).click();
        find(By.xpath("//div[contains(@class,'cc-status')][contains(.,'This chat has ended.')]"));
        assertTrue(browser.findElements(By.cssSelector(".cc-form")).stream().noneMatch(WebElement::isDisplayed), "no input after the end");

        browser.navigate().refresh(); // the next person at this computer
        openPanel();
        assertEquals("Your name", find(By.cssSelector(".cc-form input")).getAttribute("placeholder"));
        assertTrue(browser.findElements(By.cssSelector(".cc-msg")).isEmpty(), "nothing of the ended conversation is shown");

        // a customer who keeps it: after a reload the ended conversation is there and continues as a new session
        find(By.cssSelector(".cc-form input")).sendKeys("Keeper", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-options')]/button[text()='sales']")).click();
        find(By.cssSelector(".cc-end")).click();
        find(By.cssSelector(".cc-keep")).click();
        browser.navigate().refresh();
        openPanel();
        find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'sales')]"));
        find(By.cssSelector(".cc-resume")).click();
        new WebDriverWait(browser, Waits.seconds(20)).until(d -> d.findElements(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'Sales or support?')]")).size() == 2);
        find(By.xpath("(//div[contains(@class,'cc-options')])[2]/button[text()='support']")).click();
        find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'support')]")); // the new session's messages show
        browser.navigate().refresh();
        openPanel();
        find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'support')]")); // and after a reload too
    }

    @Test
    void aMessageTypedWhileTheCenterIsUnreachableIsKeptAndArrivesOnce() throws Exception {
        try (CuttableProxy proxy = new CuttableProxy(root.getPort()); JsonSocket fay = JsonSocket.agent(root.getPort(), fixture.agent(), "agent-pass-1")) {
            browser.get("http://127.0.0.1:" + proxy.port() + "/chat/?flowId=" + fixture.flow());
            find(By.cssSelector(".cc-launch")).click();
            find(By.cssSelector(".cc-form input")).sendKeys("Offline Olga", Keys.ENTER);
            find(By.xpath("//div[contains(@class,'cc-options')]/button[text()='support']")).click();
            fay.send(Json.createObjectBuilder().add("type", "status").add("status", "Available").build());
            String contactId = fay.awaitType("offer").getJsonObject("contact").getString("id");
            fay.send(Json.createObjectBuilder().add("type", "accept").add("contactId", contactId).build());
            String chatId = fay.awaitType("chat-transcript").getJsonObject("chat").getString("chatId");
            find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'Fay joined the chat.')]"));

            proxy.cut();
            find(By.xpath("//div[contains(@class,'cc-status')][contains(.,'Reconnecting')]"));
            find(By.cssSelector(".cc-form input")).sendKeys("typed while you were away", Keys.ENTER);
            find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'typed while you were away')]/span[@class='cc-state'][text()='Sending\u2026']"));
            proxy.restore();
            find(By.cssSelector(".cc-retry-now")).click();
            find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'typed while you were away')]/span[@class='cc-state'][text()='Sent' or text()='Delivered' or text()='Read']"));
            fay.await("the kept message", m -> m.getString("type").equals("chat-message")
                    && m.getJsonObject("message").getString("text").equals("typed while you were away"));

            proxy.cut(); // again, and this time the page is reloaded before the widget is back: the outbox is in the browser's storage
            find(By.xpath("//div[contains(@class,'cc-status')][contains(.,'Reconnecting')]"));
            find(By.cssSelector(".cc-form input")).sendKeys("typed before a reload", Keys.ENTER);
            find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'typed before a reload')]/span[@class='cc-state'][text()='Sending\u2026']"));
            proxy.restore();
            browser.navigate().refresh();
            openPanel();
            fay.await("the message kept across the reload", m -> m.getString("type").equals("chat-message")
                    && m.getJsonObject("message").getString("text").equals("typed before a reload"));
            find(By.xpath("//div[contains(@class,'cc-status')][contains(.,'Connected.')]"));
            for (String text : List.of("typed while you were away", "typed before a reload")) {
                assertEquals(1, browser.findElements(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'" + text + "')]")).size(), "shown once: " + text);
                assertEquals(1, admin.get("api/v1/chats/" + chatId + "/transcript").array().stream()
                        .filter(m -> m.asJsonObject().getString("text").equals(text)).count(), "stored once: " + text);
            }
        }
    }

    @Test
    void inJapaneseTheWidgetTheCentersMessagesAndTheDemoFlowAreJapanese() throws Exception {
        browser.get(root + "chat/?lang=ja");
        WebElement launch = find(By.cssSelector(".cc-launch"));
        assertEquals("チャットで問い合わせる", launch.getText());
        launch.click();
        WebElement input = find(By.cssSelector(".cc-form input"));
        assertEquals("お名前", input.getAttribute("placeholder"));
        input.sendKeys("山田 花子", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'本日はどのようなご用件でしょうか')]"));
        assertEquals(List.of("営業へのご相談", "サポート", "アリスと話す"),
                browser.findElements(By.cssSelector(".cc-options button")).stream().map(WebElement::getText).toList(), "labels, not keywords");
        assertEquals("メッセージを入力", find(By.cssSelector(".cc-form input")).getAttribute("placeholder"));
        find(By.cssSelector(".cc-form input")).sendKeys("サポートをお願いします", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-CUSTOMER')][contains(.,'サポートをお願いします')]/span[@class='cc-state'][text()='送信済み' or text()='配信済み']"));
        assertTrue(browser.findElements(By.cssSelector(".cc-options button")).stream().noneMatch(WebElement::isEnabled), "an answered question's buttons are off");
        find(By.cssSelector(".cc-callback")).click();
        find(By.cssSelector(".cc-callback-form input")).sendKeys("090-1234-5678", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'+819012345678 に折り返しお電話いたします。')]"));
        find(By.cssSelector(".cc-end")).click();
        find(By.xpath("//div[contains(@class,'cc-status')][contains(.,'チャットは終了しました。')]"));
        find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'お客様がチャットを退出しました。')]"));
    }

    @Test
    void onAPhoneTheLauncherIsOnScreenAndTheWidgetWorksByKeyboardAlone() throws Exception {
        browser.quit();
        browser = chromium("375,667");
        browser.get(root + "chat/?flowId=" + fixture.flow());
        WebElement launch = find(By.cssSelector(".cc-launch"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertEquals(Boolean.TRUE, js.executeScript("var r = arguments[0].getBoundingClientRect();"
                + "return r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight"
                + " && document.documentElement.scrollWidth <= window.innerWidth;", launch), "the launcher is on a 375 px screen, no sideways scrolling");
        assertEquals("false", launch.getAttribute("aria-expanded"));

        WebElement body = browser.findElement(By.tagName("body"));
        for (int i = 0; i < 20 && !launch.equals(browser.switchTo().activeElement()); i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
        }
        assertEquals(launch, browser.switchTo().activeElement(), "the launcher is reached with Tab");
        launch.sendKeys(Keys.ENTER);
        assertEquals("true", launch.getAttribute("aria-expanded"));
        WebElement input = browser.switchTo().activeElement();
        assertEquals("cc-input", input.getAttribute("id"), "the panel opens with the focus in its input");
        assertEquals("cc-input", browser.findElement(By.cssSelector("label[for='cc-input']")).getAttribute("for"), "the input has a label");
        assertTrue(Double.parseDouble(input.getCssValue("font-size").replace("px", "")) >= 16, "no zoom on focus: " + input.getCssValue("font-size"));
        assertEquals("status", browser.findElement(By.cssSelector(".cc-status")).getAttribute("role"), "connection state and errors are announced");
        input.sendKeys("Keyboard Kim", Keys.ENTER);
        find(By.xpath("//div[contains(@class,'cc-SYSTEM')][contains(.,'Sales or support?')]"));
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        new WebDriverWait(browser, Waits.seconds(10)).until(d -> "false".equals(launch.getAttribute("aria-expanded")));
        assertEquals(launch, browser.switchTo().activeElement(), "Escape closes the panel and gives the focus back");
        assertTrue(body.isDisplayed());
    }

    /** Opens the panel unless it is open (a reload keeps it open). */
    private void openPanel() {
        WebElement launch = find(By.cssSelector(".cc-launch"));
        if (!"true".equals(launch.getAttribute("aria-expanded"))) {
            launch.click();
        }
    }

    private WebElement find(By by) {
        return new WebDriverWait(browser, Waits.seconds(20)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }
}
