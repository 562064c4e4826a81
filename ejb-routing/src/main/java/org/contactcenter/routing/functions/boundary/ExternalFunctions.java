package org.contactcenter.routing.functions.boundary;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import org.contactcenter.routing.functions.entity.ExternalFunction;
import org.contactcenter.routing.platform.ConfigurationStore;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.Violations;
import jakarta.ejb.EJB;
import org.contactcenter.routing.flows.boundary.ContactFlows;

/**
 * External functions: configuration, and invocation. The call is a POST of a Lambda-like event —
 * {@code {"Details": {"ContactData": {"ContactId", "Attributes", "CustomerEndpoint": {"Address"}}, "Parameters"}}} —
 * and the answer must be a JSON object; its string, number and boolean values (as text) are the result.
 */
@Stateless
@LocalBean
public class ExternalFunctions extends ConfigurationStore<ExternalFunction, ExternalFunctionData> {
    @EJB
    ContactFlows flows;
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.functions.allowed-hosts")
    java.util.Optional<String> allowedHosts;
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.demo.enabled", defaultValue = "true")
    boolean demo;
    @jakarta.inject.Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "cc.demo.base-url", defaultValue = "http://127.0.0.1:8080")
    String demoBaseUrl;
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).followRedirects(HttpClient.Redirect.NEVER).build();

    public ExternalFunctions() {
        super("External function", ExternalFunction.class, ExternalFunction.ALL);
    }

    @Override
    protected ExternalFunctionData toData(ExternalFunction f) {
        return ExternalFunctionData.read(f.id(), f.name(), f.description(), f.url().toString(), f.timeoutMillis(), f.authorization().isPresent());
    }

    @Override
    protected ExternalFunction newEntity(ExternalFunctionData data) {
        URI url = check(data);
        requireUnique(ExternalFunction.BY_NAME, "name", data.name, null);
        ExternalFunction function = new ExternalFunction(data.name, data.description, url, data.timeoutMillis);
        function.authorization(data.authorization);
        return function;
    }

    @Override
    protected void apply(ExternalFunction function, ExternalFunctionData data) {
        URI url = check(data);
        requireUnique(ExternalFunction.BY_NAME, "name", data.name, function);
        function.change(data.name, data.description, url, data.timeoutMillis);
        function.authorization(data.authorization);
    }

    @Override
    protected List<String> referencesTo(ExternalFunction function) {
        return flows.flowsMentioning(function.id());
    }

    private URI check(ExternalFunctionData data) {
        Violations v = validate(data);
        v.throwIfAny();
        try {
            URI url = new URI(data.url);
            v.check("http".equals(url.getScheme()) || "https".equals(url.getScheme()), "url", "must be an http or https URL");
            v.check(url.getHost() != null, "url", "must name a host");
            v.check(url.getRawUserInfo() == null, "url", "must not carry credentials (user:password@): they would be shown to every reader; "
                    + "give them as the write-only authorization");
            v.check(data.authorization == null || data.authorization.chars().allMatch(c -> c >= 0x20 && c < 0x7f), "authorization",
                    "must be printable ASCII (an HTTP header value)");
            v.throwIfAny();
            String refused = targets().refusal(url);
            v.check(refused == null, "url", refused);
            v.throwIfAny();
            return url;
        } catch (URISyntaxException e) {
            throw InvalidInput.of("url", "not a URL: " + e.getReason());
        }
    }

    /**
     * Calls the function for a contact. Returns the answer's values as text; throws {@link FunctionFailed} on a
     * timeout, an unreachable endpoint, a non-2xx status or an answer that is not a JSON object.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Map<String, String> invoke(String functionId, String contactId, Map<String, String> attributes, String customerNumber,
                                      Map<String, String> parameters) {
        ExternalFunction function = find(functionId);
        String refused = targets().refusal(function.url()); // looked up again: the name may point elsewhere now
        if (refused != null) {
            throw new FunctionFailed(function.name() + " was not called: " + refused);
        }
        JsonObjectBuilder contact = JSON.createObjectBuilder().add("Attributes", strings(attributes));
        if (contactId != null) {
            contact.add("ContactId", contactId);
        }
        if (customerNumber != null) {
            contact.add("CustomerEndpoint", JSON.createObjectBuilder().add("Address", customerNumber).add("Type", "TELEPHONE_NUMBER"));
        }
        JsonObject event = JSON.createObjectBuilder().add("Details", JSON.createObjectBuilder()
                .add("ContactData", contact).add("Parameters", strings(parameters))).add("Name", "ContactFlowEvent").build();
        HttpRequest.Builder builder = HttpRequest.newBuilder(function.url()).timeout(Duration.ofMillis(function.timeoutMillis()))
                .header("Content-Type", "application/json").header("Accept", "application/json");
        function.authorization().ifPresent(value -> builder.header("Authorization", value));
        HttpRequest request = builder.POST(HttpRequest.BodyPublishers.ofString(event.toString())).build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw new FunctionFailed(function.name() + " did not answer within " + function.timeoutMillis() + " ms");
        } catch (IOException e) {
            throw new FunctionFailed(function.name() + " could not be reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FunctionFailed(function.name() + " was interrupted");
        }
        if (response.statusCode() / 100 != 2) {
            throw new FunctionFailed(function.name() + " answered HTTP " + response.statusCode());
        }
        try (JsonReader reader = JSON.createReader(new StringReader(response.body()))) {
            JsonValue answer = reader.readValue();
            if (answer.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new FunctionFailed(function.name() + " answered " + answer.getValueType() + ", not a JSON object");
            }
            Map<String, String> result = new LinkedHashMap<>();
            answer.asJsonObject().forEach((name, value) -> {
                switch (value.getValueType()) {
                    case STRING -> result.put(name, ((JsonString) value).getString());
                    case NUMBER, TRUE, FALSE -> result.put(name, value.toString());
                    default -> { }
                }
            });
            return result;
        } catch (JsonException e) {
            throw new FunctionFailed(function.name() + " answered something that is not JSON");
        }
    }

    /** The hosts functions may call: cc.functions.allowed-hosts, and the demo's own base URL while the demo is on. */
    private org.contactcenter.routing.functions.control.FunctionTargets targets() {
        List<String> hosts = new java.util.ArrayList<>(List.of(allowedHosts.orElse("").split(",")));
        if (demo) {
            hosts.add(URI.create(demoBaseUrl).getHost());
        }
        return new org.contactcenter.routing.functions.control.FunctionTargets(hosts);
    }

    private static JsonObjectBuilder strings(Map<String, String> values) {
        JsonObjectBuilder b = JSON.createObjectBuilder();
        if (values != null) {
            values.forEach((k, v) -> {
                if (k != null && v != null) {
                    b.add(k, v);
                }
            });
        }
        return b;
    }
}
