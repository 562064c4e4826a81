package org.contactcenter.routing.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.Map;

import org.contactcenter.routing.flows.boundary.ContactFlowData;
import org.contactcenter.routing.prompts.boundary.PromptData;
import org.contactcenter.routing.prompts.boundary.Prompts;
import org.contactcenter.routing.quicktables.boundary.QuickTableData;
import org.contactcenter.routing.quicktables.boundary.QuickTables;
import org.contactcenter.routing.flows.boundary.ContactFlows;
import org.contactcenter.routing.flows.entity.ContactFlowType;
import org.contactcenter.routing.functions.boundary.ExternalFunctionData;
import org.contactcenter.routing.functions.boundary.ExternalFunctions;
import org.contactcenter.routing.hours.boundary.HoursOfOperationData;
import org.contactcenter.routing.hours.boundary.HoursOfOperations;
import org.contactcenter.routing.hours.entity.OverrideType;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumberData;
import org.contactcenter.routing.phonenumbers.boundary.PhoneNumbers;
import org.contactcenter.routing.profiles.boundary.RoutingProfileData;
import org.contactcenter.routing.profiles.boundary.RoutingProfileData.Media;
import org.contactcenter.routing.profiles.boundary.RoutingProfileData.QueueConfig;
import org.contactcenter.routing.profiles.boundary.RoutingProfiles;
import org.contactcenter.rules.model.CrossChannelBehavior;
import org.contactcenter.routing.queues.boundary.QueueData;
import org.contactcenter.routing.queues.boundary.Queues;
import org.contactcenter.routing.quickconnects.boundary.QuickConnectData;
import org.contactcenter.routing.quickconnects.boundary.QuickConnects;
import org.contactcenter.routing.quickconnects.entity.QuickConnectType;
import org.contactcenter.routing.statuses.boundary.AgentStatusData;
import org.contactcenter.routing.statuses.boundary.AgentStatuses;
import org.contactcenter.routing.users.boundary.UserData;
import org.contactcenter.routing.users.boundary.Users;
import org.contactcenter.routing.users.entity.PhoneType;
import org.contactcenter.routing.users.entity.Role;
import org.contactcenter.rules.model.Channel;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At start-up: makes sure the standard agent statuses exist, then, if the database has no users, either loads the
 * demo instance ({@code cc.demo.enabled}, default true) through the same boundaries the REST API uses (so the demo
 * obeys every rule of the model; credentials in README.md), or creates the first admin. One transaction: all of
 * it or nothing.
 */
@Singleton
@Startup
// after the observers of ConfigurationChanged (and so after SchemaMigration): the demo is loaded as an admin would
// load it through the API, into a running center; an observer created inside the demo's commit fails its start
@DependsOn({"RoutingEngine", "HoursTimers"})
public class DemoInstance {
    private static final Logger LOG = Logger.getLogger(DemoInstance.class.getName());
    /**
     * The demo users' passwords, published in README.md: they sign in only from this machine (loopback) unless
     * {@code cc.demo.allow-published-passwords} is true, see {@code web.signin.SignIns}.
     */
    public static final Map<String, String> PUBLISHED_PASSWORDS = Map.of("admin", "admin-pass", "supervisor", "supervisor-pass",
            "analyst", "analyst-pass",
            "alice", "agent-pass", "bob", "agent-pass", "carol", "agent-pass");

    @Inject
    @ConfigProperty(name = "cc.demo.enabled", defaultValue = "true")
    boolean enabled;
    @Inject
    Clock clock;
    @EJB
    HoursOfOperations hours;
    @EJB
    Queues queues;
    @EJB
    RoutingProfiles profiles;
    @EJB
    Users users;
    @EJB
    AgentStatuses statuses;
    @EJB
    ContactFlows flows;
    @EJB
    PhoneNumbers phoneNumbers;
    @EJB
    QuickConnects quickConnects;

    @Inject
    @ConfigProperty(name = "cc.admin.initial-password")
    Optional<String> initialAdminPassword;
    @Inject
    @ConfigProperty(name = "cc.demo.base-url", defaultValue = "http://127.0.0.1:8080")
    String baseUrl;
    @EJB
    ExternalFunctions functions;
    @EJB
    QuickTables quickTables;
    @EJB
    Prompts prompts;

    @PostConstruct
    void load() {
        statuses.ensureStandardStatuses();
        if (!users.list().isEmpty()) {
            return;
        }
        if (!enabled) {
            createInitialAdmin();
            return;
        }
        LOG.info("Empty database: loading the demo instance (cc.demo.enabled=false turns this off)");
        List<DayOfWeek> weekdays = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        int nextYear = LocalDate.now(clock).getYear() + 1;
        String business = hours.create(new HoursOfOperationData(null, "Business hours Tokyo", "Mon-Fri 09:00-18:00 in Tokyo, closed for New Year",
                "Asia/Tokyo",
                weekdays.stream().map(d -> new HoursOfOperationData.Range(d, "09:00", "18:00")).toList(),
                List.of(new HoursOfOperationData.DateOverride("New Year holidays", LocalDate.of(nextYear, 1, 1), LocalDate.of(nextYear, 1, 3),
                        OverrideType.CLOSED, null, null)))).id();
        String allDay = hours.create(new HoursOfOperationData(null, "24x7", "Always open", "Asia/Tokyo",
                Arrays.stream(DayOfWeek.values()).map(d -> new HoursOfOperationData.Range(d, "00:00", "24:00")).toList(), List.of())).id();

        String sales = queues.create(new QueueData(null, "Sales", "New orders and quotes", null, business, 100, null)).id();
        String support = queues.create(new QueueData(null, "Support", "Help with products and accounts", null, business, 200, null)).id();
        String billing = queues.create(new QueueData(null, "Billing", "Invoices and payments", null, allDay, null, null)).id();

        String salesAndSupport = profiles.create(new RoutingProfileData(null, "Sales and Support", "Sales first, Support after 30 s",
                List.of(new Media(Channel.VOICE, 1, CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY),
                        new Media(Channel.CHAT, 3, CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY)),
                List.of(new QueueConfig(sales, Channel.VOICE, 1, 0), new QueueConfig(sales, Channel.CHAT, 1, 0),
                        new QueueConfig(support, Channel.VOICE, 2, 30), new QueueConfig(support, Channel.CHAT, 2, 30)),
                sales)).id();
        String billingProfile = profiles.create(new RoutingProfileData(null, "Billing", "Billing, and Support overflow after 60 s",
                List.of(new Media(Channel.VOICE, 1, CrossChannelBehavior.ROUTE_CURRENT_CHANNEL_ONLY),
                        new Media(Channel.CHAT, 2, CrossChannelBehavior.ROUTE_ANY_CHANNEL)),
                List.of(new QueueConfig(billing, Channel.VOICE, 1, 0), new QueueConfig(billing, Channel.CHAT, 1, 0),
                        new QueueConfig(support, Channel.VOICE, 3, 60), new QueueConfig(support, Channel.CHAT, 3, 60)),
                billing)).id();

        UserData.AfterContactWork acw = new UserData.AfterContactWork(30, 15);
        users.create(new UserData(null, "admin", PUBLISHED_PASSWORDS.get("admin"), "Ada", "Admin", "admin@example.com", Set.of(Role.ADMIN),
                null, PhoneType.SOFT_PHONE, null, null, null));
        users.create(new UserData(null, "supervisor", PUBLISHED_PASSWORDS.get("supervisor"), "Sam", "Supervisor", "supervisor@example.com",
                Set.of(Role.SUPERVISOR), null, PhoneType.SOFT_PHONE, null, null, null));
        users.create(new UserData(null, "analyst", PUBLISHED_PASSWORDS.get("analyst"), "Ana", "Analyst", "analyst@example.com",
                Set.of(Role.ANALYST), null, PhoneType.SOFT_PHONE, null, null, null));
        // proficiencies for the analysts' routing-criteria table (preferredLanguage=ja: a fluent Japanese speaker first)
        UserData aliceData = new UserData(null, "alice", PUBLISHED_PASSWORDS.get("alice"), "Alice", "Sato", "alice@example.com", Set.of(Role.AGENT),
                salesAndSupport, PhoneType.SOFT_PHONE, "PJSIP/alice", acw, null);
        aliceData.proficiencies = List.of(new UserData.ProficiencyData("Language", "Japanese", 5), new UserData.ProficiencyData("Language", "English", 3));
        String alice = users.create(aliceData).id();
        UserData bob = new UserData(null, "bob", PUBLISHED_PASSWORDS.get("bob"), "Bob", "Suzuki", "bob@example.com", Set.of(Role.AGENT),
                salesAndSupport, PhoneType.DESK_PHONE, "+81312341001", acw, null);
        bob.proficiencies = List.of(new UserData.ProficiencyData("Language", "English", 5), new UserData.ProficiencyData("Language", "Japanese", 2));
        users.create(bob);
        UserData carol = new UserData(null, "carol", PUBLISHED_PASSWORDS.get("carol"), "Carol", "Tanaka", "carol@example.com", Set.of(Role.AGENT),
                billingProfile, PhoneType.SOFT_PHONE, "PJSIP/carol", new UserData.AfterContactWork(60, 0), null);
        carol.proficiencies = List.of(new UserData.ProficiencyData("Language", "Japanese", 4), new UserData.ProficiencyData("Product", "Billing", 5));
        users.create(carol);

        statuses.create(new AgentStatusData(null, "Break", "Short break", null, null, 3));
        statuses.create(new AgentStatusData(null, "Training", "In training", null, null, 4));

        String lookup = functions.create(new ExternalFunctionData(null, "Customer lookup", "Demo CRM: name, company, title, membership and last order by caller number",
                baseUrl + "/api/v1/demo/customer-lookup", 3000)).id();
        String recentCallers = quickTables.create(new QuickTableData(null, "Recent callers",
                "Written by the Default inbound flow: each caller's number → the queue it reached and when")).id();
        prompts.create(new PromptData(null, "Welcome", "Greeting of the main number", "Thank you for contacting Example Corporation.", "custom/cc-welcome"));

        // the demo flows (ejb-routing/src/main/resources/org/contactcenter/routing/demo/flow-*.json), published
        Map<String, String> ids = new HashMap<>(Map.of("queue:Sales", sales, "queue:Support", support, "queue:Billing", billing,
                "hours:Business hours Tokyo", business, "hours:24x7", allDay, "function:Customer lookup", lookup,
                "quickTable:Recent callers", recentCallers, "agent:alice", alice));
        demoFlow(ids, "Demo customer queue", "Position and estimated wait, then hold prompts", ContactFlowType.CUSTOMER_QUEUE, DemoFlows.CUSTOMER_QUEUE);
        demoFlow(ids, "Demo agent whisper", "Tells the agent the channel, queue and whether the caller is a repeat caller",
                ContactFlowType.AGENT_WHISPER, DemoFlows.AGENT_WHISPER);
        demoFlow(ids, "Demo disconnect", "Satisfaction survey after the agent hangs up", ContactFlowType.DISCONNECT, DemoFlows.DISCONNECT);
        demoFlow(ids, "Demo customer queue (Japanese)", "The customer queue flow in Japanese", ContactFlowType.CUSTOMER_QUEUE,
                DemoFlows.CUSTOMER_QUEUE + DemoFlows.JAPANESE);
        demoFlow(ids, "Demo disconnect (Japanese)", "The survey in Japanese", ContactFlowType.DISCONNECT, DemoFlows.DISCONNECT + DemoFlows.JAPANESE);
        String inbound = demoFlow(ids, "Default inbound", "Hours check, CRM lookup (VIP priority), repeat callers, menu 1 Sales / 2 Support / 0 Alice",
                ContactFlowType.CONTACT_FLOW, DemoFlows.INBOUND);
        phoneNumbers.create(new PhoneNumberData(null, "+81312340000", "Main number (Tokyo)", inbound));
        // the same flow with its hours check on 24x7: the README's walkthrough works at any hour
        Map<String, String> aroundTheClock = new HashMap<>(ids);
        aroundTheClock.put("hours:Business hours Tokyo", allDay);
        String demoLine = demoFlow(aroundTheClock, "Demo inbound 24x7", "Default inbound with its hours check on 24x7, for trying the demo at any hour",
                ContactFlowType.CONTACT_FLOW, DemoFlows.INBOUND);
        phoneNumbers.create(new PhoneNumberData(null, "+81312340024", "Demo line (open 24x7)", demoLine));
        // the same in Japanese (prompts, chat wording, option buttons, queue and survey flows), also open 24x7
        String japanese = demoFlow(aroundTheClock, "Demo inbound Japanese 24x7", "Default inbound in Japanese, its hours check on 24x7",
                ContactFlowType.CONTACT_FLOW, DemoFlows.INBOUND + DemoFlows.JAPANESE);
        phoneNumbers.create(new PhoneNumberData(null, "+81312340081", "Demo line in Japanese (open 24x7)", japanese));

        quickConnects.create(new QuickConnectData(null, "Sales queue", "Transfer to Sales", QuickConnectType.QUEUE, sales, null, null, null));
        quickConnects.create(new QuickConnectData(null, "Alice", "Transfer to Alice", QuickConnectType.USER, null, alice, null, null));
        quickConnects.create(new QuickConnectData(null, "Head office", "External: head office reception",
                QuickConnectType.PHONE_NUMBER, null, null, "+81312349999", null));
    }

    /**
     * Without the demo, an empty database gets one user, "admin", whose password is {@code cc.admin.initial-password}
     * (never logged); change it after the first sign-in. Without that setting nobody could sign in, which is logged.
     */
    private void createInitialAdmin() {
        if (initialAdminPassword.isEmpty()) {
            LOG.warning("The database has no users and the demo is off: set cc.admin.initial-password to create the first admin");
            return;
        }
        users.create(new UserData(null, "admin", initialAdminPassword.get(), null, null, null, Set.of(Role.ADMIN),
                null, PhoneType.SOFT_PHONE, null, null, null));
        LOG.info("Empty database: created the user admin with the password of cc.admin.initial-password");
    }

    /** Creates and publishes a demo flow, its named resources replaced by the ids in {@code ids}; returns its id. */
    private String demoFlow(Map<String, String> ids, String name, String description, ContactFlowType type, String file) {
        String id = flows.create(new ContactFlowData(null, name, description, type, DemoFlows.load(file, (kind, n) -> {
            String found = ids.get(kind + ":" + n);
            if (found == null) {
                throw new IllegalStateException("demo flow " + file + " names an unknown " + kind + " " + n);
            }
            return found;
        }))).id();
        flows.publish(id, "demo");
        ids.put("flow:" + name, id);
        return id;
    }

}
