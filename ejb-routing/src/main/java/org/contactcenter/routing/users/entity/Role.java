package org.contactcenter.routing.users.entity;

/** Security roles (Amazon Connect's security profiles, reduced to three). The web tier maps them to "admin", … */
public enum Role {
    ADMIN, SUPERVISOR, AGENT;

    /** The role name used in {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
