package org.contactcenter.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The agent workspace in headless Chromium against the real center: agents sign in on the sign-in page, go
 * Available, take a customer's chat from the widget (a third browser), write with the customer, transfer it to a
 * colleague who gets the whole conversation, and finish after-contact work with a note that lands in the contact's
 * record; customers' markup stays text; Japanese; signing out and a session that is gone; an agent cannot read
 * another agent's contact or a supervisor's data.
 */
@ExtendWith(SharedCenter.class)
@org.junit.jupiter.api.parallel.ResourceLock(Lanes.SHARED_CENTER)
class WorkspaceIT {
    final URL root = SharedCenter.url();
    final List<WebDriver> browsers = new ArrayList<>();
    Api admin;
    ChatFixture fixture;
    String unique;

    @BeforeEach
    void fixture() {
        admin = Api.at(root.toString()).awaitReady().admin();
        unique = UUID.randomUUID().toString().substring(0, 8);
        fixture = ChatFixture.create(admin, unique);
    }

    @AfterEach
    void quit() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void agentsTakeAChatTransferItAndFinishWithANote() throws Exception {
        String profile = profileOf(fixture.agent());
        String gus = "cb-" + unique;
        String gusId = admin.created("users", ConfigurationApiIT.user(gus, "agent-pass-2", "AGENT").add("firstName", "Gus")
                .add("routingProfileId", profile)).getString("id");
        admin.created("quick-connects", Json.createObjectBuilder().add("name", "Gus " + unique).add("type", "USER").add("userId", gusId));

        WebDriver fay = browser("en-US");
        signIn(fay, fixture.agent(), "agent-pass-1");
        WebDriver supervisor = browser("en-US");
        signIn(supervisor, "supervisor", "supervisor-pass");
        By waiting = By.cssSelector("tr[data-queue-id='" + fixture.queue() + "'] [data-metric='contactsInQueue']");
        assertEquals("0", find(supervisor, waiting).getText());

        WebDriver customer = browser("en-US");
        customer.get(root + "chat/?flowId=" + fixture.flow());
        find(customer, By.cssSelector(".cc-launch")).click();
        String name = "Hanako <img src=x onerror=\"window.pwned=1\">";
        find(customer, By.cssSelector(".cc-form input")).sendKeys(name, Keys.ENTER);
        find(customer, By.xpath("//div[contains(@class,'cc-options')]/button[text()='support']")).click();
        // the wallboard counts the waiting chat (pushed after every compute, cc.metrics.refresh-millis), and counts it out once it is taken
        new WebDriverWait(supervisor, Waits.seconds(10)).until(d -> "1".equals(d.findElement(waiting).getText()));
        shot(supervisor, "supervisor-en");
        goAvailable(fay);

        WebElement offer = find(fay, By.cssSelector(".offer"));
        assertTrue(offer.getText().contains("Chat"), offer.getText());
        find(fay, By.cssSelector(".offer .accept")).click();
        find(fay, By.xpath("//ol[@id='transcript']/li[contains(@class,'system')][contains(.,'Sales or support?')]"));
        new WebDriverWait(supervisor, Waits.seconds(10)).until(d -> "0".equals(d.findElement(waiting).getText()));
        assertEquals(name, find(fay, By.cssSelector(".contact-head h2")).getText(), "the customer's name as text");
        // the wallboard opened again: its chart starts with the center's last minutes, not empty (the socket adds a point every 5 s)
        supervisor.navigate().refresh();
        find(supervisor, By.cssSelector("#connection[data-state='open']"));
        new WebDriverWait(supervisor, java.time.Duration.ofSeconds(4)).until(d -> Integer.parseInt(
                d.findElement(By.cssSelector("figure.chart-line")).getAttribute("data-points")) >= 2);

        type(fay, "Hello, I am Fay. <b>How</b> can I help?");
        find(customer, By.xpath("//div[contains(@class,'cc-AGENT')][contains(.,'Hello, I am Fay.')]"));
        find(customer, By.cssSelector(".cc-form input")).sendKeys("<script>window.pwned=2</script>My bill is wrong", Keys.ENTER);
        WebElement said = find(fay, By.xpath("//ol[@id='transcript']/li[contains(@class,'customer')][contains(.,'My bill is wrong')]"));
        assertTrue(said.getText().contains("<script>window.pwned=2</script>"), said.getText());
        assertTrue(fay.findElements(By.cssSelector("#transcript script, #transcript b, #transcript img")).isEmpty(), "never as HTML");
        find(fay, By.xpath("//li[contains(@class,'agent')][contains(.,'Hello, I am Fay.')]//span[@class='meta'][contains(.,'Read') or contains(.,'Delivered')]"));

        shot(fay, "agent-chat-en");
        WebDriver gusBrowser = browser("en-US");
        signIn(gusBrowser, gus, "agent-pass-2");
        goAvailable(gusBrowser);
        new Select(find(fay, By.id("transfer-target"))).selectByVisibleText("Gus " + unique);
        find(fay, By.id("transfer")).click();
        find(fay, By.cssSelector(".contact[data-state='AFTER_CONTACT_WORK']"));

        find(gusBrowser, By.cssSelector(".offer .accept")).click();
        find(gusBrowser, By.xpath("//ol[@id='transcript']/li[contains(@class,'customer')][contains(.,'My bill is wrong')]"));
        find(gusBrowser, By.xpath("//ol[@id='transcript']/li[contains(@class,'agent')][contains(.,'Hello, I am Fay.')]"));
        String gusContact = find(gusBrowser, By.cssSelector(".contact")).getAttribute("data-contact-id");

        String fayContact = find(fay, By.cssSelector(".contact")).getAttribute("data-contact-id");
        find(fay, By.id("acw-note")).sendKeys("Handed to billing: 請求の確認");
        shot(fay, "agent-acw-en");
        find(fay, By.id("acw-done")).click();
        done(fay);

        // Fay may not read Gus's contact, nor supervisors' data, with her session; the wallboard tells her so
        fay.get(root + "supervisor/");
        find(fay, By.id("no-role"));
        assertTrue(fay.findElements(By.cssSelector("tr[data-queue-id]")).isEmpty());
        assertEquals(404L, fetchStatus(fay, "GET", "/api/v1/contact-records/" + gusContact));
        assertEquals(403L, fetchStatus(fay, "GET", "/api/v1/metrics/realtime"));
        assertEquals(403L, fetchStatus(fay, "POST", "/api/v1/contacts/" + gusContact + "/end"), "no CSRF token: refused before anything");

        type(gusBrowser, "Gus here, I see your whole conversation.");
        find(customer, By.xpath("//div[contains(@class,'cc-AGENT')][contains(.,'Gus here')]"));
        find(customer, By.cssSelector(".cc-form input")).sendKeys("Thank you!", Keys.ENTER); // (a customer silent for cc.chat.idle-timeout-seconds is ended)
        find(gusBrowser, By.xpath("//ol[@id='transcript']/li[contains(@class,'customer')][contains(.,'Thank you!')]"));
        find(gusBrowser, By.id("end")).click();
        find(gusBrowser, By.id("acw-note")).sendKeys("Refund issued");
        find(gusBrowser, By.id("acw-done")).click();
        done(gusBrowser);

        await("the notes are in the records").atMost(Waits.seconds(20)).until(() -> "Refund issued".equals(disposition(gusContact)));
        assertEquals("Handed to billing: 請求の確認", disposition(fayContact));
        for (WebDriver b : List.of(fay, gusBrowser, customer)) {
            assertNull(((JavascriptExecutor) b).executeScript("return window.pwned"), "no customer's script ran");
        }
    }

    @Test
    void theWorkspaceSpeaksJapaneseAndTheSessionEndsAtSignOutOrWhenItIsGone() throws Exception {
        WebDriver ja = browser("ja-JP");
        ja.get(root + "agent/");
        find(ja, By.xpath("//h1[text()='サインイン']"));
        assertTrue(ja.getCurrentUrl().contains("/signin/?next=%2Fagent%2F"), ja.getCurrentUrl());
        find(ja, By.id("username")).sendKeys(fixture.agent());
        find(ja, By.id("password")).sendKeys("wrong");
        find(ja, By.id("submit")).click();
        assertEquals("ユーザー名またはパスワードが正しくありません。", find(ja, By.id("error")).getText());
        find(ja, By.id("password")).clear();
        find(ja, By.id("password")).sendKeys("agent-pass-1", Keys.ENTER);
        find(ja, By.xpath("//h1[text()='エージェントワークスペース']"));
        find(ja, By.xpath("//span[@id='connection'][@data-state='open'][text()='接続中']"));
        shot(ja, "agent-ja");
        Cookie cookie = ja.manage().getCookieNamed("cc_session");
        assertTrue(cookie.isHttpOnly() && "Strict".equals(cookie.getSameSite()), cookie.toString());
        assertNull(((JavascriptExecutor) ja).executeScript("return document.cookie.includes('cc_session') ? 'readable' : null"));

        find(ja, By.id("sign-out")).click();
        find(ja, By.xpath("//p[text()='サインアウトしました。']"));
        ja.get(root + "agent/");
        find(ja, By.xpath("//h1[text()='サインイン']"));

        // a session the server no longer knows (expired, or the user changed): the page goes to sign in again
        WebDriver en = browser("en-US");
        signIn(en, fixture.agent(), "agent-pass-1");
        en.manage().deleteCookieNamed("cc_session");
        en.manage().addCookie(new Cookie.Builder("cc_session", "A".repeat(43)).path("/").isHttpOnly(true).build());
        new Select(find(en, By.id("status"))).selectByValue("Available"); // the socket is still open: routing takes it
        en.navigate().refresh();
        find(en, By.xpath("//h1[text()='Sign in']"));
        assertTrue(en.getCurrentUrl().contains("/signin/"), en.getCurrentUrl());
    }

    /** A screenshot in target/screenshots, to look at (the pages' look is checked by eye, not by the test). */
    static void shot(WebDriver b, String name) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "screenshots");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name + ".png"), ((org.openqa.selenium.TakesScreenshot) b).getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
    }

    @Test
    void theSoftphoneRegistersWithItsOwnAccountAndAnswersAndHangsUpACall() throws Exception {
        String agent = "sp-" + unique;
        String endpoint = "webrtc-" + unique;
        admin.created("users", ConfigurationApiIT.user(agent, "agent-pass-3", "AGENT").add("firstName", "Sora")
                .add("routingProfileId", profileOf(fixture.agent())).add("phoneEndpoint", "PJSIP/" + endpoint));
        Api.Answer conf = admin.send(admin.request("api/v1/softphone/pjsip.conf").header("Accept", "text/plain").GET());
        assertEquals(200, conf.status(), conf.toString());
        assertTrue(conf.body().contains("[" + endpoint + "]\ntype=endpoint") && conf.body().contains("webrtc=yes"), conf.body());
        // G.711 only by default: Asterisk's open-source build cannot translate Opus, a browser that chose it is not bridged
        assertTrue(conf.body().contains("webrtc=yes\ncontext=cc-softphone\ndisallow=all\nallow=ulaw\n") && !conf.body().contains("opus"), conf.body());
        Api fay = Api.at(root.toString()).as(fixture.agent(), "agent-pass-1");
        assertEquals(403, fay.send(fay.request("api/v1/softphone/pjsip.conf").header("Accept", "text/plain").GET()).status(), "admins only");
        try (SipSimulator pbx = SipSimulator.start(Integer.getInteger("cc.test.sip-port", 18289))) {
            pbx.passwordsFrom(conf.body()); // Asterisk's auth sections, as the admin includes them
            WebDriver b = ChatWidgetIT.chromium("1300,900", "en-US", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream");
            browsers.add(b);
            signIn(b, agent, "agent-pass-3");
            find(b, By.id("softphone-on")).click();
            find(b, By.cssSelector("#softphone-state[data-state='registered']"));
            assertTrue(pbx.received.stream().anyMatch(m -> m.startsWith("REGISTER") && m.contains("Authorization: Digest")), "registered with Digest");
            find(b, By.id("softphone-input"));

            String call = pbx.ring(endpoint); // Asterisk rings the endpoint (the center's Originate)
            find(b, By.id("softphone-answer")).click();
            new WebDriverWait(b, Waits.seconds(20)).withMessage(() -> "in the call; the softphone says: "
                    + b.findElement(By.cssSelector(".softphone")).getText() + "; the PBX got: " + pbx.received)
                    .until(d -> !d.findElements(By.id("softphone-hangup")).isEmpty());
            await("the 200 OK with the browser's SDP answer").atMost(Waits.seconds(20)).until(() -> pbx.received.stream()
                    .anyMatch(m -> m.startsWith("SIP/2.0 200") && m.contains(call) && m.contains("CSeq: 101 INVITE") && m.contains("a=fingerprint")));
            shot(b, "agent-softphone-en");
            find(b, By.id("softphone-hangup")).click();
            await("the browser's BYE").atMost(Waits.seconds(20)).until(() -> pbx.received.stream().anyMatch(m -> m.startsWith("BYE ") && m.contains(call)));
            find(b, By.id("softphone-off")).click();
            find(b, By.cssSelector("#softphone-state[data-state='off']"));
        }
    }

    @Test
    void anAgentConsultsANumberOnACallJoinsAllThreeAndLeavesThemTalking() throws Exception {
        VoiceIT.VoiceQueue q = VoiceIT.VoiceQueue.create(admin, "ws-" + unique, null);
        WebDriver b = browser("ja-JP");
        signIn(b, q.agent(), "agent-pass-1");
        goAvailable(b);
        String contact = admin.created("contacts", Json.createObjectBuilder().add("queueId", q.queue()).add("channel", "VOICE")).getString("id");
        find(b, By.cssSelector(".offer[data-contact-id='" + contact + "'] button.accept")).click();
        find(b, By.cssSelector(".contact[data-contact-id='" + contact + "'][data-state='CONNECTED']"));
        find(b, By.id("hold")).click(); // Hold, and the button turns to Resume
        find(b, By.cssSelector(".contact[data-contact-id='" + contact + "'][data-state='CONNECTED_ONHOLD']"));
        assertEquals("再開", find(b, By.id("hold")).getText());
        find(b, By.id("hold")).click();
        find(b, By.cssSelector(".contact[data-contact-id='" + contact + "'][data-state='CONNECTED']"));
        assertEquals(1, admin.get("api/v1/contacts/" + contact).object().getInt("holdCount"));
        assertEquals("番号に相談", find(b, By.cssSelector("label[for='consult-number']")).getText());
        find(b, By.id("consult-number")).sendKeys("0355550199", Keys.ENTER);
        find(b, By.id("notice")); // not E.164: the center's refusal is shown, nothing changes
        assertEquals("CONNECTED", state(contact));
        WebElement number = find(b, By.id("consult-number"));
        number.clear();
        number.sendKeys("+81355550199", Keys.ENTER);
        find(b, By.cssSelector("#third-party[data-state='CONSULTING']"));
        find(b, By.cssSelector(".contact[data-state='CONNECTED_ONHOLD']")); // the customer waits on hold meanwhile
        assertEquals("CONSULTING", admin.get("api/v1/contacts/" + contact).object().getString("thirdPartyState"));
        b.navigate().refresh(); // a reloaded workspace knows the consult going on
        find(b, By.cssSelector("#third-party[data-state='CONSULTING']"));
        Api ren = Api.at(root.toString()).as(q.agent(), "agent-pass-1");
        assertEquals("+81355550199", ren.get("api/v1/contacts/" + contact).object().getString("thirdPartyNumber"), "an agent reads its own contact");
        assertEquals(404, Api.at(root.toString()).as(fixture.agent(), "agent-pass-1").get("api/v1/contacts/" + contact).status(), "not another agent's");
        find(b, By.id("consult-conference")).click();
        find(b, By.cssSelector("#third-party[data-state='CONFERENCED']"));
        assertTrue(find(b, By.id("third-party")).getText().contains("+81355550199"));
        shot(b, "agent-conference-ja");
        find(b, By.id("consult-transfer")).click();
        find(b, By.cssSelector(".contact[data-contact-id='" + contact + "'][data-state='AFTER_CONTACT_WORK']"));
        JsonObject record = admin.get("api/v1/contact-records/" + contact).object();
        assertEquals("+81355550199", record.getJsonObject("TransferredToEndpoint").getString("Address"), record.toString());
        find(b, By.id("acw-done")).click();
        done(b);
    }

    private String state(String contact) {
        return admin.get("api/v1/contacts/" + contact).object().getString("state");
    }

    private String profileOf(String username) {
        return admin.get("api/v1/users").array().stream().map(v -> v.asJsonObject())
                .filter(u -> u.getString("username").equals(username)).findFirst().orElseThrow().getString("routingProfileId");
    }

    private String disposition(String contactId) {
        var answer = admin.get("api/v1/contact-records/" + contactId);
        var attributes = answer.object().getJsonObject("Attributes");
        return attributes == null ? null : attributes.getString("disposition", null);
    }

    /** After-contact work is over: no contact is open (a refusal would show as the page's notice). */
    private static void done(WebDriver agent) {
        new WebDriverWait(agent, Waits.seconds(20)).withMessage(() -> "ACW done; notice: "
                + agent.findElements(By.id("notice")).stream().map(WebElement::getText).toList())
                .until(d -> !d.findElements(By.xpath("//p[contains(@class,'page-message')]")).isEmpty());
    }

    private long fetchStatus(WebDriver b, String method, String path) {
        Object status = ((JavascriptExecutor) b).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(arguments[1], {method: arguments[0], headers: {'X-Requested-With': 'test', 'Content-Type': 'application/json'},"
                + " body: arguments[0] === 'GET' ? undefined : '{}'}).then(r => done(r.status), e => done(-1));", method, path);
        return ((Number) status).longValue();
    }

    private void type(WebDriver agent, String text) {
        find(agent, By.id("chat-text")).sendKeys(text, Keys.ENTER);
        find(agent, By.xpath("//ol[@id='transcript']/li[contains(@class,'agent')][not(contains(@class,'pending'))][contains(.,'" + text.substring(0, 12) + "')]"));
    }

    private void signIn(WebDriver b, String user, String password) {
        b.get(root + "signin/");
        find(b, By.id("username")).sendKeys(user);
        find(b, By.id("password")).sendKeys(password);
        find(b, By.id("submit")).click();
        find(b, By.cssSelector("#connection[data-state='open']"));
    }

    private void goAvailable(WebDriver b) {
        new Select(find(b, By.id("status"))).selectByValue("Available");
        find(b, By.cssSelector("#activity[data-activity='AVAILABLE'], #activity[data-activity='INCOMING']")); // a waiting contact is offered at once
    }

    private WebDriver browser(String language) throws Exception {
        WebDriver b = ChatWidgetIT.chromium("1300,900", language);
        browsers.add(b);
        return b;
    }

    static WebElement find(WebDriver b, By by) {
        return new WebDriverWait(b, Waits.seconds(20)).until(d -> {
            List<WebElement> found = d.findElements(by);
            return found.isEmpty() || !found.get(0).isDisplayed() ? null : found.get(0);
        });
    }
}
