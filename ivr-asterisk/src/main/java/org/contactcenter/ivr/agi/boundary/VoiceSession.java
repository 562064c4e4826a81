package org.contactcenter.ivr.agi.boundary;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.asteriskjava.fastagi.AgiHangupException;
import org.contactcenter.routing.contacts.boundary.ContactData;
import org.contactcenter.routing.contacts.entity.DisconnectReason;
import org.contactcenter.routing.engine.boundary.RoutingEngine;
import org.contactcenter.routing.flows.boundary.FlowEvent;
import org.contactcenter.routing.flows.boundary.FlowRunData;
import org.contactcenter.routing.flows.boundary.FlowRuns;
import org.contactcenter.routing.flows.control.MediaAction;
import org.contactcenter.rules.model.ContactState;

/**
 * Plays a voice contact's media actions on its channel for as long as the caller needs the AGI session, then returns
 * the channel to the dialplan with what to do next, so no worker is held while a caller waits:
 * <ul>
 * <li>{@code MESSAGE}: the prompt's audio ({@code STREAM FILE}); a text prompt through {@link Prompts};</li>
 * <li>{@code GET_INPUT}: {@code GET DATA} (the prompt, the timeout, at most maxDigits, # ends) → INPUT or TIMEOUT;</li>
 * <li>{@code PAUSE} (the queue flow's next loop prompt) and {@code QUEUED} (waiting for an agent) →
 * {@code CC_ACTION=HOLD}, {@code CC_HOLD_SECONDS}: the dialplan plays music on hold and calls {@code continue};</li>
 * <li>{@code TRANSFER_TO_PHONE} → {@code CC_ACTION=DIAL}, {@code CC_DIAL_NUMBER}, {@code CC_DIAL_TIMEOUT}, {@code CC_DIAL_DTMF};</li>
 * <li>{@code CONNECTED} → {@code CC_ACTION=CONNECTED}, {@code CC_AGENT_ID} (the agent leg, AMI);</li>
 * <li>{@code RECORDING} → {@code MixMonitor} into the recordings spool as {@code <contact id>.wav};</li>
 * <li>{@code DISCONNECT} or the end of the flow → {@code HANGUP}.</li>
 * </ul>
 * {@code CC_CONTACT_ID} and {@code CC_SEQUENCE} (the last action played) go with the channel. A hang-up at any point
 * (Asterisk's HANGUP line, 511 on a dead channel, the socket closed) becomes the flow's DISCONNECT: a queued caller is
 * abandoned. Agent-side actions (whisper) are not for this channel.
 */
final class VoiceSession {
    private static final Logger LOG = Logger.getLogger(VoiceSession.class.getName());
    static final int MAX_ROUNDS = 200;

    private final FlowRuns flows;
    private final RoutingEngine routing;
    private final AgiChannel channel;
    private final Prompts prompts;
    private final VoiceSettings settings;
    private final String contactId;
    private int sequence;

    VoiceSession(FlowRuns flows, RoutingEngine routing, AgiChannel channel, Prompts prompts, VoiceSettings settings, String contactId, int sequence) {
        this.flows = flows;
        this.routing = routing;
        this.channel = channel;
        this.prompts = prompts;
        this.settings = settings;
        this.contactId = contactId;
        this.sequence = sequence;
    }

    /** Plays from {@code run} on until the channel goes back to the dialplan or is hung up. */
    void play(FlowRunData run) throws AgiException {
        try {
            FlowRunData current = run;
            for (int round = 0; round < MAX_ROUNDS; round++) {
                FlowRunData next = playActions(current);
                if (next == null) {
                    return;
                }
                current = next;
            }
            LOG.warning("Contact " + contactId + ": more than " + MAX_ROUNDS + " inputs in one AGI session; back to the dialplan");
            hold(settings.queuePollSeconds());
        } catch (AgiHangupException e) {
            if (takenByAgent()) {
                // the agent's Bridge() took the caller out of this session (Asterisk moves the channel into the bridge and
                // hangs up the husk it leaves here): the call goes on; the agent's leg hears of a real hang-up later
                LOG.fine(() -> "Contact " + contactId + ": the caller left its AGI session for the agent's bridge");
                return;
            }
            callerLeft();
        }
    }

    /** The contact is connected and its agent's phone has answered: a hang-up seen here is the agent's Bridge() taking the caller. */
    private boolean takenByAgent() {
        return connectedNow() && settings.channels().call(contactId).map(VoiceChannels.Call::agent).isPresent();
    }

    /** Plays the actions; the next state of the run after an input, or null when the channel leaves the session. */
    private FlowRunData playActions(FlowRunData run) throws AgiException {
        List<FlowRunData.SequencedAction> actions = run.actions == null ? List.of() : run.actions;
        for (FlowRunData.SequencedAction sa : actions) {
            sequence = Math.max(sequence, sa.sequence);
            MediaAction a = sa.action;
            if (!"CUSTOMER".equals(a.participant)) {
                continue;
            }
            switch (a.type) {
                case MESSAGE -> prompts.play(channel, a, contactId);
                case GET_INPUT -> {
                    return input(a);
                }
                case PAUSE -> {
                    hold(a.timeoutSeconds == null ? settings.queuePollSeconds() : a.timeoutSeconds);
                    return null;
                }
                case TRANSFER_TO_PHONE -> {
                    exit("DIAL");
                    channel.setVariable("CC_DIAL_NUMBER", a.phoneNumber);
                    channel.setVariable("CC_DIAL_TIMEOUT", String.valueOf(a.timeoutSeconds == null ? 30 : a.timeoutSeconds));
                    // digits the far end expects once it answers (Dial's D option): only DTMF characters get through
                    channel.setVariable("CC_DIAL_DTMF", a.dtmf == null ? "" : a.dtmf.replaceAll("[^0-9*#wW]", ""));
                    return null;
                }
                case CONNECTED -> {
                    if (!connectedNow()) {
                        continue; // a stale action: the contact moved on (transferred) since it was emitted
                    }
                    exit("CONNECTED");
                    channel.setVariable("CC_HOLD_SECONDS", String.valueOf(settings.queuePollSeconds())); // music until the agent's leg bridges
                    if (a.agentId != null) {
                        channel.setVariable("CC_AGENT_ID", a.agentId);
                    }
                    return null;
                }
                case RECORDING -> record(a);
                case DISCONNECT -> {
                    exit("HANGUP");
                    channel.hangup();
                    return null;
                }
                default -> {
                    // QUEUED (the hold follows below), HOLD/RESUMED/TRANSFERRED: the agent leg's
                }
            }
        }
        if (run.state == org.contactcenter.routing.flows.control.FlowRun.State.ENDED) {
            exit("HANGUP");
            channel.hangup();
        } else {
            hold(settings.queuePollSeconds()); // in queue (or waiting for routing): music, then continue
        }
        return null;
    }

    private FlowRunData input(MediaAction a) throws AgiException {
        String file = prompts.file(channel, a, contactId);
        long timeout = (a.timeoutSeconds == null ? 5 : a.timeoutSeconds) * 1000L;
        int max = a.maxDigits == null ? 1 : a.maxDigits;
        String digits = channel.getData(file == null ? "silence/1" : file, timeout, max);
        if ("-1".equals(digits)) {
            // Asterisk answers GET DATA with -1 at once when it cannot play the prompt (a sound it does not have): not the
            // caller's digits. The prompt's text spoken instead, else the caller keys them in without a prompt
            LOG.warning(() -> "Contact " + contactId + ": Asterisk could not play the menu prompt " + file + "; " + (a.text != null ? "its text instead" : "no prompt"));
            String instead = prompts.spokenInstead(a);
            digits = instead == null ? null : channel.getData(instead, timeout, max);
            if (digits == null || "-1".equals(digits)) {
                digits = keyed(timeout, max);
            }
        }
        FlowEvent event = digits == null || digits.isEmpty() ? new FlowEvent(FlowEvent.Type.TIMEOUT, null) : new FlowEvent(FlowEvent.Type.INPUT, digits);
        return flows.event(contactId, event);
    }

    /** Up to {@code max} digits keyed without a prompt (WAIT FOR DIGIT), {@code #} ending them; empty when none came in time. */
    private String keyed(long timeoutMillis, int max) throws AgiException {
        StringBuilder digits = new StringBuilder();
        while (digits.length() < max) {
            channel.waitForDigit((int) timeoutMillis);
            int code = channel.getLastReply().getResultCode();
            if (code <= 0 || code == '#') {
                break; // 0: none in time; -1: the channel hung up (the next command says so)
            }
            digits.append((char) code);
        }
        return digits.toString();
    }

    private void record(MediaAction a) throws AgiException {
        boolean stop = a.participants == null || a.participants.isEmpty();
        if (stop) {
            channel.exec("StopMixMonitor");
        } else if (channel.exec("MixMonitor", settings.recordingDirectory() + "/" + contactId + ".wav") >= 0) {
            recordingStarted();
        }
    }

    /**
     * The record says the call is being recorded ({@code Recording.Status} IN_PROGRESS, type AUDIO) until the file
     * reaches the store (AVAILABLE with its location, RecordingIngest). A record that has a recording already keeps it.
     */
    private void recordingStarted() {
        if (routing == null) {
            return;
        }
        try {
            routing.updateRecord(contactId, c -> {
                if (c.recording() != null && (c.recording().location() != null || "IN_PROGRESS".equals(c.recording().status()))) {
                    return false;
                }
                c.recording(new org.contactcenter.routing.contacts.entity.Recording(null, "IN_PROGRESS", "AUDIO", null));
                return true;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "contact " + contactId + ": could not mark its recording as in progress", e);
        }
    }

    private boolean connectedNow() {
        try {
            return routing != null && AgentAgiScript.connected(routing.contact(contactId));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void hold(int seconds) throws AgiException {
        exit("HOLD");
        channel.setVariable("CC_HOLD_SECONDS", String.valueOf(Math.max(1, seconds)));
    }

    private void exit(String action) throws AgiException {
        settings.channels().caller(contactId, channel.getName());
        channel.setVariable("CC_CONTACT_ID", contactId);
        channel.setVariable("CC_SEQUENCE", String.valueOf(sequence));
        channel.setVariable("CC_ACTION", action);
    }

    /**
     * The caller hung up: the flow hears DISCONNECT (a waiting contact is abandoned); a contact connected to an agent
     * ends (the agent's after-contact work starts), as a chat does when its customer leaves.
     */
    void callerLeft() {
        settings.channels().callerGone(contactId); // the agent's and a third party's channels stay known until the end is handled
        try {
            left();
        } finally {
            settings.channels().gone(contactId);
        }
    }

    private void left() {
        try {
            FlowRunData run = flows.get(contactId, Integer.MAX_VALUE);
            if (run.state != org.contactcenter.routing.flows.control.FlowRun.State.ENDED) {
                flows.event(contactId, new FlowEvent(FlowEvent.Type.DISCONNECT, null));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "contact " + contactId + " had left its flow already", e);
        }
        if (routing == null) {
            return;
        }
        try {
            ContactData contact = routing.contact(contactId);
            if (AgentAgiScript.connected(contact)) {
                routing.end(contactId, contact.agentId, DisconnectReason.CUSTOMER);
            } else if (contact.state == ContactState.WAITING || contact.state == ContactState.OFFERED) {
                routing.abandon(contactId);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "contact " + contactId + " is not routed (or has ended)", e);
        }
    }
}
