/**
 * The HTTP boundary's shared parts: the JAX-RS application under /api/v1, authentication (HTTP Basic against the
 * user table, PBKDF2), role checks answering 401/403, the 1 MiB body limit, and problem+json for every error.
 */
package org.contactcenter.web.platform;
