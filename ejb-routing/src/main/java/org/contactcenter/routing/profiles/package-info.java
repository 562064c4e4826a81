/**
 * Routing profiles: per-channel concurrency (voice 1, chat 1–10) with cross-channel behaviour, and the queues an
 * agent serves, each with a channel, a priority (1–99, lower first) and a delay (0–9999 s).
 */
package org.contactcenter.routing.profiles;
