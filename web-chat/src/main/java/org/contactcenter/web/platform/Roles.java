package org.contactcenter.web.platform;

/** Security role names, as used in {@code @RolesAllowed} (mapped from the stored roles in glassfish-web.xml). */
public final class Roles {
    public static final String ADMIN = "admin";
    public static final String SUPERVISOR = "supervisor";
    public static final String AGENT = "agent";
    /** Business analysts: rule files (edit, test, publish) and reading the configuration; not users or security. */
    public static final String ANALYST = "analyst";

    private Roles() {
    }
}
