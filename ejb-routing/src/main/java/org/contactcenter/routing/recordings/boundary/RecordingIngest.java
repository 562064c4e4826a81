package org.contactcenter.routing.recordings.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import javax.sql.DataSource;

import org.contactcenter.routing.chats.boundary.ChatMessageData;
import org.contactcenter.routing.chats.boundary.Chats;
import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.routing.contacts.entity.Recording;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.engine.boundary.RoutingStore;
import org.contactcenter.routing.platform.Database;
import org.contactcenter.rules.model.ContactState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import static org.contactcenter.routing.platform.JsonP.JSON;

/**
 * What comes into the archive. Calls: Asterisk's MixMonitor writes {@code <contact id>.<wav|gsm|ogg|mp3|sln>} into
 * the spool directory ({@code cc.recordings.spool-directory}); once the contact has ended and the file has not
 * changed for {@code cc.recordings.spool-settle-seconds}, it is copied to the store, the record's Recording becomes
 * AVAILABLE with its location, and the spool file is removed — in that order, so a crash at any point repeats the step
 * and loses nothing. Chats: once a chat and its contact have ended, its transcript (Amazon Connect's transcript JSON)
 * is stored and the record's Transcript names it.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "RoutingEngine"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RecordingIngest {
    private static final Logger LOG = Logger.getLogger(RecordingIngest.class.getName());
    private static final Pattern SPOOLED = Pattern.compile("([A-Za-z0-9-]{1,36})\\.(wav|WAV|gsm|ogg|mp3|sln|sln16|wav49)");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy/MM/dd", Locale.ROOT);
    private static final int BATCH = 200;

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;
    @Resource
    ManagedScheduledExecutorService scheduler;
    @EJB
    RoutingEngine engine;
    @EJB
    RoutingStore store;
    @EJB
    Chats chats;
    @Inject
    RecordingStores stores;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "cc.recordings.spool-directory", defaultValue = "./data/recordings-spool")
    String spoolDirectory;
    @Inject
    @ConfigProperty(name = "cc.recordings.spool-settle-seconds", defaultValue = "5")
    long settleSeconds;
    @Inject
    @ConfigProperty(name = "cc.recordings.scan-seconds", defaultValue = "5")
    long scanSeconds;
    @Inject
    @ConfigProperty(name = "cc.recordings.transcripts", defaultValue = "true")
    boolean storeTranscripts;

    private final Set<String> warned = ConcurrentHashMap.newKeySet();
    private ScheduledFuture<?> task;

    @PostConstruct
    void start() {
        if (scanSeconds > 0) {
            task = scheduler.scheduleWithFixedDelay(this::scan, scanSeconds, scanSeconds, TimeUnit.SECONDS);
        }
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** One pass: the settled spool files, then the transcripts of ended chats. */
    void scan() {
        try {
            ingestSpool();
            if (storeTranscripts) {
                storeTranscripts();
            }
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.WARNING, "The recordings archive's scan failed (it runs again in " + scanSeconds + " s): " + e.getMessage(), e);
        }
    }

    /** The spool's settled recordings of ended contacts; returns how many came in. */
    public synchronized int ingestSpool() throws IOException {
        Path spool = Path.of(spoolDirectory);
        if (!Files.isDirectory(spool)) {
            return 0;
        }
        int ingested = 0;
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> listing = Files.newDirectoryStream(spool)) {
            for (Path f : listing) {
                if (files.size() >= BATCH) {
                    break;
                }
                if (Files.isRegularFile(f)) {
                    files.add(f);
                }
            }
        }
        for (Path f : files) {
            try {
                if (ingest(f)) {
                    ingested++;
                }
            } catch (IOException | RuntimeException e) {
                warnOnce(f.getFileName().toString(), "could not be archived (tried again next scan): " + e.getMessage());
            }
        }
        return ingested;
    }

    private boolean ingest(Path file) throws IOException {
        String name = file.getFileName().toString();
        Matcher m = SPOOLED.matcher(name);
        if (!m.matches()) {
            if (!name.startsWith(".")) {
                warnOnce(name, "is not <contact id>.<wav|gsm|ogg|mp3|sln>: left alone");
            }
            return false;
        }
        long age = clock.millis() - Files.getLastModifiedTime(file).toMillis();
        if (age < settleSeconds * 1000) {
            return false; // MixMonitor may still be writing it
        }
        String contactId = m.group(1);
        Contact contact = store.contact(contactId).orElse(null);
        if (contact == null) {
            warnOnce(name, "names no contact: left alone");
            return false;
        }
        if (contact.state() != ContactState.ENDED) {
            return false; // the call goes on
        }
        String key = "recordings/" + DAY.format(contact.initiatedAt().withOffsetSameInstant(ZoneOffset.UTC)) + "/" + contactId + "."
                + m.group(2).toLowerCase(Locale.ROOT);
        String location = stores.primary().location(key);
        Recording had = contact.recording();
        if (had == null || !location.equals(had.location())) {
            if (had != null && "DELETED".equals(had.status())) {
                warnOnce(name, "is for a contact whose recording was deleted by retention: left alone");
                return false;
            }
            stores.primary().put(key, file);
            engine.updateRecord(contactId, c -> {
                c.recording(new Recording(location, "AVAILABLE", "AUDIO", null));
                return true;
            });
        }
        Files.delete(file);
        warned.remove(name);
        return true;
    }

    /** Stores the transcripts of ended chats that have none yet; returns how many. */
    public synchronized int storeTranscripts() {
        int stored = 0;
        for (String[] chat : endedChatsWithoutTranscript()) {
            String contactId = chat[0];
            try {
                OffsetDateTime initiated = store.contact(contactId).map(Contact::initiatedAt).orElse(null);
                if (initiated == null) {
                    continue;
                }
                String key = "transcripts/" + DAY.format(initiated.withOffsetSameInstant(ZoneOffset.UTC)) + "/" + contactId + ".json";
                String location = stores.primary().put(key, transcript(contactId, chat[1]), "application/json");
                if (engine.updateRecord(contactId, c -> {
                    if (c.transcriptStatus() != null) {
                        return false;
                    }
                    c.transcript(location, "AVAILABLE");
                    return true;
                })) {
                    stored++;
                }
            } catch (IOException | RuntimeException e) {
                warnOnce("transcript " + contactId, "could not be stored (tried again next scan): " + e.getMessage());
            }
        }
        return stored;
    }

    private List<String[]> endedChatsWithoutTranscript() {
        List<String[]> chats = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select c.id, h.id from cc_contact c join cc_chat h on h.id = substring(c.customer_endpoint, 6) "
                        + "where c.channel = 'CHAT' and c.customer_endpoint like 'chat:%' and c.transcript_status is null and c.state = 'ENDED' "
                        + "and h.state = 'ENDED' "
                        + "order by c.initiated_at, c.id")) {
            s.setMaxRows(BATCH);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    chats.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the ended chats could not be read: " + e.getMessage(), e);
        }
        return chats;
    }

    /** Amazon Connect's chat transcript shape: Version, ContactId, Transcript of messages with role and time. */
    private byte[] transcript(String contactId, String chatId) {
        JsonArrayBuilder messages = JSON.createArrayBuilder();
        for (ChatMessageData m : chats.transcript(chatId, 0, true)) {
            JsonObjectBuilder item = JSON.createObjectBuilder()
                    .add("Id", m.chatId + "-" + m.sequence)
                    .add("AbsoluteTime", m.sentAt.toInstant().toString())
                    .add("Type", "MESSAGE")
                    .add("ContentType", "text/plain")
                    .add("ParticipantRole", m.participant.name())
                    .add("Content", m.text == null ? "" : m.text);
            if (m.sender != null) {
                item.add("DisplayName", m.sender);
            }
            messages.add(item);
        }
        return JSON.createObjectBuilder().add("Version", "2019-08-26").add("ContactId", contactId).add("ChatId", chatId)
                .add("Transcript", messages).build().toString().getBytes(StandardCharsets.UTF_8);
    }

    private void warnOnce(String what, String problem) {
        if (warned.add(what)) {
            LOG.warning("Recordings archive: " + what + " " + problem);
        }
    }
}
