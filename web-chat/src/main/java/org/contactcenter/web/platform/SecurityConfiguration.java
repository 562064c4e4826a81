package org.contactcenter.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * Jakarta Security: HTTP Basic, verified against the user table with PBKDF2 hashes; a user's stored roles
 * (ADMIN, SUPERVISOR, AGENT) are its groups, mapped to the roles admin, supervisor, agent in glassfish-web.xml.
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = SecurityConfiguration.REALM)
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:app/jdbc/cc",
        callerQuery = "select password_hash from cc_user where username = ?",
        groupsQuery = "select r.role from cc_user_role r join cc_user u on u.id = r.user_id where u.username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class)
public class SecurityConfiguration {
    public static final String REALM = "contact-center";
}
