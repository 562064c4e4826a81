package org.contactcenter.web.simulations;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.simulations.boundary.Simulations;
import org.contactcenter.rules.simulation.Json;
import org.contactcenter.rules.simulation.Report;
import org.contactcenter.web.platform.Instants;
import org.contactcenter.web.platform.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The what-if routing simulator for analysts (docs/SIMULATOR.md): the period's recorded contacts replayed against a
 * candidate routing configuration and rule files, beside what really happened.
 */
@Path("simulations")
@ApplicationScoped
@Tag(name = "Simulations")
public class SimulationsResource {
    @Inject
    Simulations simulations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces({MediaType.APPLICATION_JSON, "text/csv"})
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR, Roles.ANALYST})
    @Operation(operationId = "runSimulation", summary = "Replays the contacts queued in [from, to) against a candidate (routing profiles, "
            + "staffing) and routing rule files given by name and content; the report per queue and routing profile, actual, replay and "
            + "delta (format=csv for CSV). 400 names the member or the rule file's line")
    public Response run(JsonObject body, @QueryParam("format") String format) {
        if (body == null) {
            throw InvalidInput.of("from", "a JSON object with from, to, and optionally candidate and ruleFiles");
        }
        for (String member : body.keySet()) {
            if (!Map.of("from", 0, "to", 0, "candidate", 0, "ruleFiles", 0).containsKey(member)) {
                throw InvalidInput.of(member, "unknown member (from, to, candidate, ruleFiles)");
            }
        }
        if (format != null && !format.equals("json") && !format.equals("csv")) {
            throw InvalidInput.of("format", "json or csv");
        }
        Object candidate = body.containsKey("candidate") && body.get("candidate").getValueType() != JsonValue.ValueType.NULL
                ? Json.parse(body.get("candidate").toString()) : null;
        Map<String, String> files = new LinkedHashMap<>();
        JsonValue given = body.get("ruleFiles");
        if (given != null && given.getValueType() != JsonValue.ValueType.NULL) {
            if (given.getValueType() != JsonValue.ValueType.OBJECT) {
                throw InvalidInput.of("ruleFiles", "an object of routing rule files: {\"priority-boosts.drl.csv\": \"…\"}");
            }
            for (Map.Entry<String, JsonValue> f : given.asJsonObject().entrySet()) {
                if (!(f.getValue() instanceof JsonString text)) {
                    throw InvalidInput.of("ruleFiles." + f.getKey(), "the file's content as a string");
                }
                files.put(f.getKey(), text.getString());
            }
        }
        Report report = simulations.run(instant(body, "from"), instant(body, "to"), candidate, files);
        return "csv".equals(format) ? Response.ok(report.toCsv(), "text/csv; charset=UTF-8").build()
                : Response.ok(report.toJson(), MediaType.APPLICATION_JSON).build();
    }

    private static Instant instant(JsonObject body, String field) {
        JsonValue v = body.get(field);
        return Instants.required(field, v instanceof JsonString s ? s.getString() : null);
    }
}
