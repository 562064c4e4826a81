package org.contactcenter.routing.flows.boundary;

import java.util.List;

import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.model.Channel;

/** The flow engine emitted media actions for a contact; the channel adapter of {@code channel} carries them out. */
public record FlowActionsEmitted(String contactId, Channel channel, List<MediaAction> actions) {
}
