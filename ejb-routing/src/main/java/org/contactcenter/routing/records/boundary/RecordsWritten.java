package org.contactcenter.routing.records.boundary;

import java.util.List;

import org.contactcenter.routing.contacts.entity.Contact;

/**
 * CDI event, fired synchronously by the routing journal's writer right after a batch committed: the contacts as the
 * batch left them (each once, detached copies; do not change them). Observers run on the writer: keep them short and
 * never call the routing engine from them.
 */
public record RecordsWritten(List<Contact> contacts) {
}
