package org.contactcenter.web.platform;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.InvalidInput;
import org.contactcenter.routing.platform.NotFound;
import org.contactcenter.routing.platform.Overloaded;
import org.contactcenter.routing.platform.Violation;

/**
 * Every error of the API as problem+json: bad input 400 (naming the fields), unknown ids 404, conflicts 409, overload 503 with Retry-After,
 * malformed JSON 400, oversized bodies 413, JAX-RS' own errors (404, 405, 406, 415) with their status. Anything
 * else is a 500 that names an incident id found in the server log — never a stack trace in the response.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        Throwable e = thrown instanceof EJBException && thrown.getCause() != null ? thrown.getCause() : thrown;
        if (e instanceof InvalidInput invalid) {
            return Problems.of(400, "Invalid input", invalid.getMessage(), invalid.violations(), List.of());
        }
        if (e instanceof NotFound) {
            return Problems.of(404, "Not found", e.getMessage());
        }
        if (e instanceof Conflict conflict) {
            List<Violation> fields = conflict.field() == null ? List.of() : List.of(new Violation(conflict.field(), conflict.getMessage()));
            return Problems.of(409, "Conflict", conflict.getMessage(), fields, conflict.referencedBy());
        }
        if (e instanceof Overloaded overloaded) {
            return Response.fromResponse(Problems.of(503, "Overloaded", overloaded.getMessage()))
                    .header("Retry-After", overloaded.retryAfterSeconds()).build();
        }
        PayloadTooLarge tooLarge = find(e, PayloadTooLarge.class);
        if (tooLarge != null) {
            return tooLarge.getResponse();
        }
        if (e instanceof WebApplicationException web) {
            Response.StatusType status = web.getResponse().getStatusInfo();
            return Problems.of(status.getStatusCode(), status.getReasonPhrase(), e.getMessage());
        }
        if (find(e, JsonbException.class) != null || find(e, JsonException.class) != null || e instanceof ProcessingException) {
            return Problems.of(400, "Malformed JSON", "The request body is not valid JSON for this resource: " + rootMessage(e));
        }
        if (e instanceof IllegalArgumentException) {
            return Problems.of(400, "Invalid input", e.getMessage());
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Incident " + incident, thrown);
        return Problems.of(500, "Internal error", "Incident " + incident + " is logged on the server.");
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.length() > 300 ? message.substring(0, 300) + "…" : message;
    }
}
