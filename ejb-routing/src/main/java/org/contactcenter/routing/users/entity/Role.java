package org.contactcenter.routing.users.entity;

/**
 * Security roles (Amazon Connect's security profiles, reduced to four). The web tier maps them to "admin", … ANALYST:
 * business analysts, who edit, test and publish rule files and read the configuration, but not users or security.
 */
public enum Role {
    ADMIN, SUPERVISOR, AGENT, ANALYST;

    /** The role name used in {@code @RolesAllowed}. */
    public String roleName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
