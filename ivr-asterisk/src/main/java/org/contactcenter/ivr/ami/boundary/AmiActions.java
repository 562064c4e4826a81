package org.contactcenter.ivr.ami.boundary;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

import org.asteriskjava.manager.action.ManagerAction;
import org.asteriskjava.manager.response.ManagerResponse;

/**
 * Sends call-control actions over the AMI connection without waiting for Asterisk: a refusal
 * ({@code Response: Error}, e.g. a channel that has hung up meanwhile) and a connection that is down are logged with
 * what the action was for, and the call goes on as Asterisk leaves it.
 */
@ApplicationScoped
public class AmiActions {
    private static final Logger LOG = Logger.getLogger(AmiActions.class.getName());

    @EJB
    AmiService ami;

    /** Whether AMI is configured (a host); without it the center does no call control. */
    public boolean configured() {
        return ami.configured();
    }

    /** Logged in now: an action sent would reach Asterisk. */
    public boolean up() {
        return ami.up();
    }

    /** Sends {@code action} ({@code what} it is for, for the log); false when AMI is down. */
    public boolean send(ManagerAction action, String what) {
        var connection = ami.connection();
        if (connection.isEmpty()) {
            LOG.warning("AMI is down (" + ami.state() + "): could not " + what);
            return false;
        }
        try {
            connection.get().sendAction(action, response -> refused(response, what));
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warning("Could not " + what + " over AMI: " + e.getMessage());
            return false;
        }
    }

    private static void refused(ManagerResponse response, String what) {
        if (!"Success".equalsIgnoreCase(response.getResponse())) {
            // a channel that has just hung up is the common case: not an error of the center
            LOG.log(Level.INFO, () -> "Asterisk refused to " + what + ": " + response.getMessage());
        }
    }
}
