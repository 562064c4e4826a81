/**
 * Contact records (Amazon Connect's CTR): one per contact, written by the routing journal as the contact moves (the
 * contact row is the record), searchable over the API, and streamed at least once to the configured sinks through a
 * database outbox.
 */
package org.contactcenter.routing.records;
