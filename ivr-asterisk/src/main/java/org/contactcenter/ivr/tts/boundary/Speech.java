package org.contactcenter.ivr.tts.boundary;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;

import org.contactcenter.ivr.tts.control.SpeechEngine;
import org.contactcenter.ivr.tts.control.SpeechText;
import org.contactcenter.ivr.tts.control.Voices;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Text prompts as sound files Asterisk plays: rendered once per language, engine and words into
 * {@code cc.tts.directory} ({@code <sha-256>.wav}) and named as Asterisk sees that directory
 * ({@code cc.tts.asterisk-directory}, the same path by default: a share, or the center on the PBX's host). A language
 * whose engine is missing is a start-up warning and a detail of {@code /health}, and its prompts are not spoken (the
 * call goes on; the log says which prompt).
 */
@Singleton
@Startup
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class Speech {
    private static final Logger LOG = Logger.getLogger(Speech.class.getName());

    @Inject
    @ConfigProperty(name = "cc.tts.directory", defaultValue = "./data/tts")
    String directory;
    @Inject
    @ConfigProperty(name = "cc.tts.asterisk-directory")
    Optional<String> asteriskDirectory;
    @Inject
    @ConfigProperty(name = "cc.tts.english-voice", defaultValue = "en-us")
    String englishVoice;
    @Inject
    @ConfigProperty(name = "cc.tts.japanese-voice", defaultValue = "/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice")
    String japaneseVoice;
    @Inject
    @ConfigProperty(name = "cc.tts.japanese-dictionary", defaultValue = "/var/lib/mecab/dic/open-jtalk/naist-jdic")
    String japaneseDictionary;
    @Inject
    @ConfigProperty(name = "cc.tts.timeout-seconds", defaultValue = "20")
    int timeoutSeconds;
    @Inject
    @ConfigProperty(name = "cc.tts.voices", defaultValue = Voices.DEFAULTS)
    String voiceSpec;

    private final Map<String, SpeechEngine> engines = new LinkedHashMap<>();
    private final Map<String, String> problems = new LinkedHashMap<>();
    private final Map<String, SpeechEngine> voiceEngines = new java.util.concurrent.ConcurrentHashMap<>();
    private Voices voices = new Voices("");
    private Path cache;

    @PostConstruct
    void start() {
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        engines.put("en", SpeechEngine.espeak(englishVoice, timeout));
        engines.put("ja", SpeechEngine.openJTalk(Path.of(japaneseDictionary), Path.of(japaneseVoice), timeout));
        try {
            voices = new Voices(voiceSpec);
        } catch (IllegalArgumentException e) {
            LOG.severe(e.getMessage() + "; Set voice is ignored until it is fixed");
        }
        cache = Path.of(directory).toAbsolutePath().normalize();
        try {
            Files.createDirectories(cache);
        } catch (IOException e) {
            problems.put("cache", "cannot create " + cache + ": " + e.getMessage());
        }
        engines.forEach((language, engine) -> {
            String missing = engine.missing();
            if (missing != null) {
                problems.put(language, missing);
                LOG.warning("Text-to-speech for " + language + " (" + engine.name() + ") cannot work: " + missing
                        + ". Text prompts in that language are not spoken; install the packages of docs/ASTERISK.md#spoken-prompts");
            }
        });
        if (problems.isEmpty()) {
            LOG.info("Text-to-speech: " + engines.values().stream().map(SpeechEngine::name).toList() + ", cache " + cache);
        }
    }

    /** Per language, its engine or what it misses (for /health). */
    public Map<String, String> status() {
        Map<String, String> s = new LinkedHashMap<>();
        engines.forEach((language, engine) -> s.put(language, problems.getOrDefault(language, engine.name())));
        if (problems.containsKey("cache")) {
            s.put("cache", problems.get("cache"));
        }
        return s;
    }

    /**
     * The sound Asterisk plays for a text prompt (a path without its extension, as STREAM FILE and GET DATA take it),
     * rendered now when it is not cached; empty when its language cannot be spoken or rendering failed (logged).
     */
    public Optional<String> sound(String text) {
        return sound(text, null);
    }

    /** {@link #sound(String)} in a flow's voice (Set voice: {@code voice}, e.g. Mizuki); null or unknown: the language's default. */
    public Optional<String> sound(String text, String voice) {
        return rendered(text, voice).map(file -> {
            String base = asteriskDirectory.filter(d -> !d.isBlank()).map(d -> d.endsWith("/") ? d : d + "/").orElse(cache + "/");
            String name = file.getFileName().toString();
            return base + name.substring(0, name.length() - ".wav".length());
        });
    }

    /**
     * The text prompt rendered as a WAV file on this host (8 kHz mono, as Asterisk plays it), rendered now when it is
     * not cached; empty when its language cannot be spoken or rendering failed (logged). Administrators listen to it.
     */
    public Optional<Path> rendered(String text) {
        return rendered(text, null);
    }

    /**
     * {@link #rendered(String)} in {@code voice} ({@link Voices}) when the text is in the voice's language (a Japanese
     * voice reads Japanese text, an English one English text); otherwise, and for an unknown voice, the text's
     * language's default voice.
     */
    public Optional<Path> rendered(String text, String voice) {
        String words = SpeechText.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        String language = SpeechText.isJapanese(words) ? "ja" : "en";
        SpeechEngine engine = voices.get(voice).filter(v -> v.language().equals(language)).map(this::engine).orElse(engines.get(language));
        if (problems.containsKey(language) || problems.containsKey("cache")) {
            LOG.warning(() -> "Text prompt not spoken (no " + language + " text-to-speech: " + problems.getOrDefault(language, problems.get("cache"))
                    + "): " + words);
            return Optional.empty();
        }
        String name = digest(language + "\n" + engine.name() + "\n" + words);
        Path file = cache.resolve(name + ".wav");
        if (!Files.exists(file)) {
            try {
                engine.render(words, file);
            } catch (IOException e) {
                LOG.warning("Text prompt not spoken: " + engine.name() + " could not render it (" + e.getMessage() + "): " + words);
                return Optional.empty();
            }
        }
        return Optional.of(file);
    }

    private SpeechEngine engine(Voices.Voice v) {
        return voiceEngines.computeIfAbsent(v.name(), n -> v.language().equals("ja")
                ? SpeechEngine.openJTalk(Path.of(japaneseDictionary), Path.of(japaneseVoice), Double.parseDouble(v.setting()), Duration.ofSeconds(timeoutSeconds))
                : SpeechEngine.espeak(v.setting(), Duration.ofSeconds(timeoutSeconds)));
    }

    /** Where rendered prompts are kept on this host. */
    public Path cache() {
        return cache;
    }

    private static String digest(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
