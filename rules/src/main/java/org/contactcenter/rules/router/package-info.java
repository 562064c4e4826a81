/**
 * The routing engine's decisions in plain Java: which waiting contact goes to which agent, with Amazon Connect's
 * semantics (profile entries with priority and delay, per-channel concurrency and cross-channel behaviour, agent
 * queues first, FIFO within a priority, the agent available longest). The matching is indexed; the rules decide
 * what analysts tune (a contact's routing priority) once per contact, at enqueue. One {@link Router} owns the live
 * state behind a narrow, synchronized interface, so a cluster can later give it one owner.
 */
package org.contactcenter.rules.router;
