/**
 * Users: agents, supervisors and admins (security roles), with PBKDF2-hashed passwords, a routing profile, a phone
 * type and endpoint, and after-contact-work timeouts per channel. Every agent gets an agent queue.
 */
package org.contactcenter.routing.users;
