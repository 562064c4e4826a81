package org.contactcenter.routing.engine.control;

import java.time.OffsetDateTime;

import org.contactcenter.routing.contacts.entity.Contact;
import org.contactcenter.rules.model.AgentActivity;

/** One write of live routing state, taken in the order of the routing decisions and committed in that order. */
public sealed interface JournalWrite {

    /**
     * A contact as routing left it: a detached copy, never changed after it is handed over. {@code fresh}: a new contact
     * (inserted, not looked up).
     */
    record ContactWrite(Contact contact, boolean fresh) implements JournalWrite {
        public ContactWrite {
            Contact live = contact;
            contact = new Contact(live);
            live.annotationsTaken(); // the copy carries them to the store
        }
    }

    /**
     * An agent's chosen status (its id; null keeps the stored one) and since when, and its block (Missed, Rejected,
     * Error; null when none).
     */
    record AgentWrite(String userId, String statusId, OffsetDateTime since, AgentActivity blocked) implements JournalWrite {
    }
}
