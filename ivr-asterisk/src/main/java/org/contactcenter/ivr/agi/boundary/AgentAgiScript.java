package org.contactcenter.ivr.agi.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.BaseAgiScript;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.rules.model.ContactState;

/**
 * {@code [cc-agent] exten => s,1,AGI(agi://HOST:4573/agent)}: the agent answered the phone the center rang for an
 * offer ({@code CC_CONTACT_ID}, {@code CC_AGENT_ID}, {@code CC_CALLER_CHANNEL}). The offer is accepted (already
 * accepted in the workspace is fine), then {@code EXEC Bridge <caller channel>} joins agent and caller; when the
 * bridge ends and the contact is still connected, the agent's side ended it: after-contact work. An offer that has
 * expired or went to someone else hangs the agent's phone up.
 */
public class AgentAgiScript extends BaseAgiScript {
    private static final Logger LOG = Logger.getLogger(AgentAgiScript.class.getName());
    private final RoutingEngine routing;

    AgentAgiScript(RoutingEngine routing) {
        this.routing = routing;
    }

    @Override
    public void service(AgiRequest request, AgiChannel channel) throws AgiException {
        String contactId = channel.getVariable("CC_CONTACT_ID");
        String agentId = channel.getVariable("CC_AGENT_ID");
        String caller = channel.getVariable("CC_CALLER_CHANNEL");
        ContactData contact;
        try {
            contact = routing.contact(contactId);
            if (contact.state == ContactState.OFFERED) {
                contact = routing.accept(contactId, agentId);
            }
        } catch (RuntimeException e) {
            LOG.info(() -> "Agent phone answered for call " + contactId + " that could not be accepted (" + e.getMessage() + "): hanging up");
            channel.hangup();
            return;
        }
        if (contact.state != ContactState.CONNECTED || !agentId.equals(contact.agentId) || caller == null) {
            LOG.info(() -> "Agent " + agentId + "'s phone answered for call " + contactId + ", which is not theirs to take: hanging up");
            channel.hangup();
            return;
        }
        try {
            channel.exec("Bridge", caller);
        } catch (AgiHangupException e) {
            LOG.log(Level.FINE, "the agent hung up", e);
        }
        try {
            ContactData now = routing.contact(contactId);
            if (now.state == ContactState.CONNECTED) {
                routing.end(contactId, agentId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "contact " + contactId + " had ended already", e);
        }
    }
}
