package org.contactcenter.web.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;

import org.contactcenter.routing.platform.Violation;

/**
 * Every JSON request body passes {@link StrictJson} before a resource reads it: malformed UTF-8, a lone surrogate or
 * U+0000 in any string, a duplicated key, content after the value, or anything but an object is 400 naming the
 * field, and so is a missing (or {@code null}) body where the call needs one; then the body's values must fit the
 * Java types the resource reads them into ({@link JsonTypes}: no wrapped, truncated or coerced numbers and texts). Runs after the role check (401/403
 * first) and after {@link BodySizeLimit} bounded the stream.
 */
@Provider
@Priority(Priorities.USER)
public class StrictJsonBodies implements ContainerRequestFilter {
    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!takesBody()) {
            return;
        }
        MediaType type = request.getMediaType();
        boolean json = type == null || type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
        if (!json) {
            return;
        }
        if (!request.hasEntity()) {
            request.abortWith(refusal("body", "a JSON object is required"));
            return;
        }
        byte[] body = request.getEntityStream().readAllBytes();
        try {
            JsonTypes.check(StrictJson.read(StrictJson.utf8(body), true), entityType(), "");
        } catch (StrictJson.Invalid invalid) {
            request.abortWith(refusal(invalid.field().isEmpty() ? "body" : invalid.field(), invalid.getMessage()));
            return;
        }
        request.setEntityStream(new ByteArrayInputStream(body));
    }

    /** The Java type the matched method reads the body into. */
    private java.lang.reflect.Type entityType() {
        return Arrays.stream(resource.getResourceMethod().getParameters()).filter(StrictJsonBodies::isEntity)
                .map(Parameter::getParameterizedType).findFirst().orElse(Object.class);
    }

    /** The matched method reads an entity: a parameter with no JAX-RS annotation (path, query, context …). */
    private boolean takesBody() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        return Arrays.stream(resource.getResourceMethod().getParameters()).anyMatch(StrictJsonBodies::isEntity);
    }

    private static boolean isEntity(Parameter parameter) {
        return parameter.getAnnotations().length == 0 || Arrays.stream(parameter.getAnnotations())
                .noneMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                        || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"));
    }

    private static jakarta.ws.rs.core.Response refusal(String field, String message) {
        return Problems.of(400, "Bad Request", message, List.of(new Violation(field, message)), List.of());
    }
}
