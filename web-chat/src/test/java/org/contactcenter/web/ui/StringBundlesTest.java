package org.contactcenter.web.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;

import org.junit.jupiter.api.Test;

/**
 * The pages' string bundles (src/main/webapp/ui/i18n): every English bundle has a Japanese one with the same keys (and
 * the block catalogue's names and descriptions in Japanese, block_* and desc_*, whose English comes from the API),
 * a text in both or neither (an empty one may be meant) and the same {placeholders}; and every key the admin console names literally exists.
 */
class StringBundlesTest {
    static final Path DIR = Path.of("src/main/webapp/ui/i18n");
    static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

    static JsonObject read(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file)) {
            return Json.createReader(r).readObject();
        }
    }

    static Set<String> placeholders(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void japaneseBundlesHaveTheEnglishKeysAndPlaceholders() throws IOException {
        List<Path> english;
        try (Stream<Path> files = Files.list(DIR)) {
            english = files.filter(f -> f.getFileName().toString().matches("(.+\\.)?en\\.json")).sorted().toList();
        }
        assertTrue(english.size() >= 4, english.toString());
        for (Path en : english) {
            Path ja = en.resolveSibling(en.getFileName().toString().replaceFirst("en\\.json$", "ja.json"));
            JsonObject e = read(en);
            JsonObject j = read(ja);
            // Japanese may name more: the flow designer's Japanese block names and descriptions (block_*, desc_*) stand
            // for the block catalogue's English, which the API gives
            Set<String> extra = new TreeSet<>(j.keySet());
            extra.removeAll(e.keySet());
            extra.removeIf(k -> k.startsWith("block_") || k.startsWith("desc_"));
            Set<String> missing = new TreeSet<>(e.keySet());
            missing.removeAll(j.keySet());
            assertEquals(Set.of(), missing, ja + " has every key of " + en);
            assertEquals(Set.of(), extra, ja + " names no key " + en + " lacks (but the catalogue's translations)");
            for (String key : e.keySet()) {
                String et = e.getString(key);
                String jt = j.getString(key);
                assertEquals(et.isBlank(), jt.isBlank(), key + " has a text in both or in neither (" + en + ", " + ja + ")");
                assertEquals(placeholders(et), placeholders(jt), key + ": the same placeholders in " + ja);
            }
        }
    }

    @Test
    void everyKeyTheAdminConsoleNamesExists() throws IOException {
        JsonObject strings = Json.createObjectBuilder(read(DIR.resolve("en.json"))).addAll(Json.createObjectBuilder(read(DIR.resolve("admin.en.json")))).build();
        // t('key'), and the descriptors' label: / hint: / intro: / addLabel: 'key'
        Pattern named = Pattern.compile("\\bt\\('([\\w.-]+)'|\\b(?:label|hint|intro|addLabel): '([\\w.-]+)'");
        Set<String> missing = new TreeSet<>();
        int found = 0;
        try (Stream<Path> files = Files.list(Path.of("src/main/webapp/admin"))) {
            for (Path js : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                Matcher m = named.matcher(Files.readString(js));
                while (m.find()) {
                    String key = m.group(1) != null ? m.group(1) : m.group(2);
                    found++;
                    if (!key.endsWith(".") && !(strings.get(key) instanceof JsonString)) {
                        missing.add(js.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertTrue(found > 100, "keys found: " + found);
        assertEquals(Set.of(), missing);
    }
}
