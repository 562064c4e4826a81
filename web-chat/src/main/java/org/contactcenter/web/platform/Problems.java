package org.contactcenter.web.platform;

import static org.contactcenter.routing.platform.JsonP.JSON;

import java.util.List;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import org.contactcenter.routing.platform.Violation;

/** RFC 9457 problem details ({@code application/problem+json}); {@code violations} name the offending fields. */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {
    }

    public static Response of(int status, String title, String detail) {
        return of(status, title, detail, List.of(), List.of());
    }

    /** Writes a problem straight to a servlet response (filters and the sign-in, before JAX-RS). */
    public static void write(jakarta.servlet.http.HttpServletResponse response, int status, String title, String detail) {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        try {
            response.getWriter().write(JSON.createObjectBuilder().add("type", "about:blank").add("title", title).add("status", status)
                    .add("detail", detail).build().toString());
        } catch (java.io.IOException clientGone) {
            // nothing to tell anyone
        }
    }

    public static Response of(int status, String title, String detail, List<Violation> violations, List<String> referencedBy) {
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            body.add("detail", detail);
        }
        if (!violations.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            violations.forEach(v -> list.add(JSON.createObjectBuilder().add("field", v.field()).add("message", v.message())));
            body.add("violations", list);
        }
        if (!referencedBy.isEmpty()) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            referencedBy.forEach(list::add);
            body.add("referencedBy", list);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
    }
}
