/**
 * Contacts: one customer interaction on one channel, from initiation through queue, agent and after-contact work to
 * disconnect. Persisted before they are acknowledged, so every waiting contact survives a restart with its
 * original enqueue time.
 */
package org.contactcenter.routing.contacts;
