package org.contactcenter.web.rules;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.rulebase.boundary.RuleEngine;
import org.contactcenter.routing.rulebase.boundary.RuleFileHistory;
import org.contactcenter.routing.rulebase.boundary.RulePublishing;
import org.contactcenter.routing.rulebase.boundary.RulesStatus;
import org.contactcenter.rules.kbase.RuleBases;
import org.contactcenter.rules.router.RoutingCases;
import org.contactcenter.web.platform.ClientAddresses;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The running rule bases and the analysts' files (docs/RULES.md): read what applies, validate a file, try candidate
 * files against the case files, publish one into the rules directory (hot reload) and roll it back, each publish
 * kept as a version with who and when. Files are text bodies; a file with errors is refused with 400 listing
 * file:line problems, and nothing changes. Analysts and admins change rules; supervisors read them.
 */
@Path("rules")
@RequestScoped
@Tag(name = "Rules")
@Produces(MediaType.APPLICATION_JSON)
public class RulesResource {
    @Inject
    RuleEngine engine;
    @Inject
    RulePublishing publishing;
    @Inject
    RuleFileHistory history;
    @Inject
    ClientAddresses addresses;
    @Context
    SecurityContext security;
    @Context
    HttpServletRequest request;

    @GET
    @Path("status")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getRulesStatus", summary = "The running rule bases, their sources and rules, and the last rejected reload")
    public RulesStatus getRulesStatus() {
        return engine.status();
    }

    @GET
    @Path("files")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listRuleFiles", summary = "Every rule file that applies (built-in or the rules directory's) with its latest published version")
    public JsonObject listRuleFiles() {
        Map<String, RuleFileHistory.Version> latest = new LinkedHashMap<>();
        history.latestOfEach().forEach(v -> latest.put(v.kbase() + "/" + v.file(), v));
        JsonArrayBuilder files = JSON.createArrayBuilder();
        for (RuleBases.Source s : engine.sources()) {
            JsonObjectBuilder file = JSON.createObjectBuilder().add("kbase", s.kbase()).add("name", s.name())
                    .add("source", s.builtIn() ? "built-in" : "directory").add("kind", s.name().endsWith(".drl.csv") ? "DECISION_TABLE" : "DRL");
            RuleFileHistory.Version v = latest.remove(s.kbase() + "/" + s.name());
            if (v != null) {
                file.add("latestVersion", version(v));
            }
            files.add(file);
        }
        RulesStatus status = engine.status();
        JsonArrayBuilder problems = JSON.createArrayBuilder(status.rejectedProblems);
        return JSON.createObjectBuilder().add("files", files).add("rejectedProblems", problems)
                .add("directory", status.directory == null ? JsonValue.NULL : JSON.createValue(status.directory)).build();
    }

    @GET
    @Path("files/{kbase}/{file}")
    @Produces(MediaType.TEXT_PLAIN + ";charset=utf-8")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getRuleFile", summary = "The text of a rule file as it applies (the rules directory's, else the built-in one)")
    public String getRuleFile(@PathParam("kbase") String kbase, @PathParam("file") String file) {
        return engine.sources().stream().filter(s -> s.kbase().equals(kbase) && s.name().equals(file)).findFirst()
                .orElseThrow(() -> new NotFound("rule file", kbase + "/" + file)).content();
    }

    @POST
    @Path("validation/{kbase}/{file}")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "validateRuleFile", summary = "Check a rule file (.drl or .drl.csv) in its rule base without changing anything")
    public String validateRuleFile(@PathParam("kbase") String kbase, @PathParam("file") String file, String content) {
        engine.validate(kbase, file, content);
        return JSON.createObjectBuilder().add("valid", true).build().toString();
    }

    @PUT
    @Path("files/{kbase}/{file}")
    @Consumes(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "uploadRuleFile", summary = "Publish a rule file: validate it, write it into the rules directory, reload, keep the version")
    public RulesStatus uploadRuleFile(@PathParam("kbase") String kbase, @PathParam("file") String file, String content) {
        RuleFileHistory.Version v = publishing.publish(kbase, file, content == null ? "" : content, user(), addresses.of(request));
        RulesStatus status = engine.status();
        status.publishedVersion = v.version();
        return status;
    }

    @GET
    @Path("files/{kbase}/{file}/versions")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "listRuleFileVersions", summary = "The versions of a rule file published through the API, oldest first")
    public JsonObject listRuleFileVersions(@PathParam("kbase") String kbase, @PathParam("file") String file) {
        JsonArrayBuilder versions = JSON.createArrayBuilder();
        history.versions(kbase, file).forEach(v -> versions.add(version(v)));
        return JSON.createObjectBuilder().add("versions", versions).build();
    }

    @GET
    @Path("files/{kbase}/{file}/versions/{version}")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "getRuleFileVersion", summary = "One version of a rule file with its text and what the directory held before")
    public JsonObject getRuleFileVersion(@PathParam("kbase") String kbase, @PathParam("file") String file, @PathParam("version") int number) {
        RuleFileHistory.Version v = history.version(kbase, file, number)
                .orElseThrow(() -> new NotFound("rule file version", kbase + "/" + file + " version " + number));
        return JSON.createObjectBuilder(version(v)).add("content", text(v.content())).add("previousContent", text(v.previousContent())).build();
    }

    @POST
    @Path("files/{kbase}/{file}/rollback")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "rollbackRuleFile", summary = "Roll a rule file back to what was there before its latest version, or to {toVersion}")
    public JsonObject rollbackRuleFile(@PathParam("kbase") String kbase, @PathParam("file") String file, JsonObject body) {
        Integer to = null;
        if (body != null && body.containsKey("toVersion") && !body.isNull("toVersion")) {
            if (body.get("toVersion").getValueType() != JsonValue.ValueType.NUMBER || !body.getJsonNumber("toVersion").isIntegral()) {
                throw InvalidInput.of("toVersion", "a version number");
            }
            to = body.getJsonNumber("toVersion").intValue();
        }
        RuleFileHistory.Version v = publishing.rollback(kbase, file, to, user(), addresses.of(request));
        return JSON.createObjectBuilder(version(v)).add("rejectedProblems", JSON.createArrayBuilder(engine.status().rejectedProblems)).build();
    }

    @POST
    @Path("tests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ANALYST})
    @Operation(operationId = "testRules", summary = "Play the case files (shipped, the directory's, and typed ones) against the rules with candidate files")
    public JsonObject testRules(JsonObject body) {
        Map<String, Map<String, String>> candidates = new LinkedHashMap<>();
        String cases = null;
        if (body != null) {
            JsonValue files = body.getOrDefault("files", JsonValue.EMPTY_JSON_OBJECT);
            if (files.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidInput.of("files", "an object of \"KBASE/FILE\": text");
            }
            for (Map.Entry<String, JsonValue> f : files.asJsonObject().entrySet()) {
                String[] parts = f.getKey().split("/", -1);
                if (parts.length != 2 || f.getValue().getValueType() != JsonValue.ValueType.STRING) {
                    throw InvalidInput.of("files", "\"KBASE/FILE\": text, not " + f.getKey());
                }
                candidates.computeIfAbsent(parts[0], k -> new LinkedHashMap<>()).put(parts[1], ((JsonString) f.getValue()).getString());
            }
            JsonValue typed = body.getOrDefault("cases", JsonValue.NULL);
            if (typed.getValueType() == JsonValue.ValueType.STRING) {
                cases = ((JsonString) typed).getString();
            } else if (typed.getValueType() != JsonValue.ValueType.NULL) {
                throw InvalidInput.of("cases", "the text of a case file");
            }
        }
        List<RoutingCases.Outcome> outcomes = publishing.test(candidates, cases);
        JsonArrayBuilder scenarios = JSON.createArrayBuilder();
        outcomes.forEach(o -> scenarios.add(JSON.createObjectBuilder().add("scenario", o.scenario()).add("source", o.source())
                .add("passed", o.passed()).add("failure", text(o.failure()))));
        long passed = outcomes.stream().filter(RoutingCases.Outcome::passed).count();
        return JSON.createObjectBuilder().add("passed", passed).add("failed", outcomes.size() - passed).add("scenarios", scenarios).build();
    }

    private String user() {
        return security.getUserPrincipal().getName();
    }

    private static JsonObject version(RuleFileHistory.Version v) {
        return JSON.createObjectBuilder().add("kbase", v.kbase()).add("file", v.file()).add("version", v.version()).add("action", v.action())
                .add("sha256", text(v.sha256())).add("publishedBy", v.publishedBy()).add("publishedAt", v.publishedAt().toString()).build();
    }

    private static JsonValue text(String s) {
        return s == null ? JsonValue.NULL : JSON.createValue(s);
    }
}
