package org.contactcenter.web.platform;

/**
 * Jakarta Security: HTTP Basic with the sign-in back-off ({@link org.contactcenter.web.signin.BasicSignIn}), verified
 * against the user table's PBKDF2 hashes ({@link org.contactcenter.web.signin.SignIns}); a user's stored roles
 * (ADMIN, SUPERVISOR, AGENT) are its groups, mapped to the roles admin, supervisor, agent in glassfish-web.xml.
 */
public final class SecurityConfiguration {
    public static final String REALM = "contact-center";
    /** The {@code WWW-Authenticate} value of a 401: HTTP Basic in UTF-8. */
    public static final String CHALLENGE = "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"";

    private SecurityConfiguration() {
    }
}
