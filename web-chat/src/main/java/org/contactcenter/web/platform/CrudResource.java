package org.contactcenter.web.platform;

import java.net.URI;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.contactcenter.routing.platform.HasId;

/**
 * Shared answers of the configuration resources. Each resource declares its five calls itself — GET list and GET
 * one (supervisor, admin), POST create (admin; 201 with Location), PUT replace (admin), DELETE (admin; 204, or 409
 * naming what still refers to it) — with its concrete types, so that the OpenAPI document describes them.
 */
public abstract class CrudResource {
    @Context
    UriInfo uri;

    protected Response created(HasId created) {
        URI location = uri.getAbsolutePathBuilder().path(created.id()).build();
        return Response.created(location).entity(created).build();
    }

    /** 201 for a resource whose collection is {@code path} (relative to the application's base URI). */
    protected Response created(Object created, String path, String id) {
        URI location = uri.getBaseUriBuilder().path(path).path(id).build();
        return Response.created(location).entity(created).build();
    }

    protected Response deleted() {
        return Response.noContent().build();
    }
}
