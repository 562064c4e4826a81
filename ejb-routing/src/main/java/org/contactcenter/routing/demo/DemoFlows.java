package org.contactcenter.routing.demo;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * The demo instance's flows, kept as flow-language JSON files beside this class ({@code flow-*.json}) in which
 * resources are named, not identified: {@code {{queue:Sales}}}, {@code {{hours:24x7}}}, {@code {{flow:Demo disconnect}}},
 * {@code {{function:Customer lookup}}}, {@code {{quickTable:Recent callers}}}, {@code {{agent:alice}}}. Loading one
 * replaces each name with the id the resolver gives it, so the demo and the tests run the very same flows.
 */
public final class DemoFlows {
    public static final String INBOUND = "inbound";
    public static final String CUSTOMER_QUEUE = "customer-queue";
    public static final String AGENT_WHISPER = "agent-whisper";
    public static final String DISCONNECT = "disconnect";
    /** Appended to a name: the flow's Japanese version ({@code flow-inbound-ja.json}). */
    public static final String JAPANESE = "-ja";
    private static final Pattern NAME = Pattern.compile("\\{\\{(queue|hours|flow|function|quickTable|agent|prompt):([^}]+)}}");

    private DemoFlows() {
    }

    /** The flow file {@code flow-NAME.json} with every named resource replaced by {@code resolver(kind, name)}. */
    public static JsonObject load(String name, BiFunction<String, String, String> resolver) {
        String file = "flow-" + name + ".json";
        try (InputStream in = DemoFlows.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("demo flow " + file + " is missing");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = NAME.matcher(text);
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                m.appendReplacement(sb, Matcher.quoteReplacement(resolver.apply(m.group(1), m.group(2))));
            }
            m.appendTail(sb);
            try (JsonReader reader = JSON.createReader(new StringReader(sb.toString()))) {
                return reader.readObject();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
