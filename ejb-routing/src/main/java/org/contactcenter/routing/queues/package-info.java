/**
 * Queues: standard queues (hours of operation, optional maximum of waiting contacts) and agent queues, one per
 * agent, created and removed with the agent (contacts reach them only by explicit transfer).
 */
package org.contactcenter.routing.queues;
