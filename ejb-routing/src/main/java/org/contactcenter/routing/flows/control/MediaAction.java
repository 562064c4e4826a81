package org.contactcenter.routing.flows.control;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A channel-neutral instruction the flow engine emits for a channel adapter to carry out: the voice adapter (AGI)
 * speaks or plays and collects DTMF, the chat adapter sends messages. docs/FLOWS.md lists every type.
 */
public class MediaAction {
    public enum Type {
        /** speak/play {@code text} and/or {@code audio} (voice); send {@code text} (chat) */
        MESSAGE,
        /** prompt, then collect input (DTMF up to maxDigits, ended by terminator, or a chat message) within timeoutSeconds */
        GET_INPUT,
        /** chat: wait up to timeoutSeconds for the customer to write */
        WAIT,
        /** customer queue flow: pause timeoutSeconds before the next loop prompt (music on hold) */
        PAUSE,
        /** voice: dial phoneNumber (timeoutSeconds to answer) and bridge the customer */
        TRANSFER_TO_PHONE,
        /** start or stop recording the listed participants */
        RECORDING,
        /** the contact waits in queueId for an agent */
        QUEUED,
        /** the contact is connected to an agent (the adapter bridges customer and agent) */
        CONNECTED,
        /** voice: the agent put the customer on hold (the hold flows' actions that follow play until RESUMED) */
        HOLD,
        /** voice: the agent took the customer off hold (customer and agent bridged again) */
        RESUMED,
        /** the agent transferred the contact: it continues as contactId in queueId (or through a transfer flow) */
        TRANSFERRED,
        /** end the contact (hang up / close the chat) */
        DISCONNECT
    }

    @Schema(description = "What to do")
    public Type type;
    @Schema(description = "Who it is for: CUSTOMER (default) or AGENT (agent whisper)")
    public String participant = "CUSTOMER";
    public String text;
    @Schema(description = "Audio prompt (sound file the voice adapter plays)")
    public String audio;
    public Integer timeoutSeconds;
    public Integer maxDigits;
    public String terminator;
    public String phoneNumber;
    @Schema(description = "TRANSFER_TO_PHONE: DTMF digits to send once the number answers (Connect's ThirdPartyDTMFDigits)")
    public String dtmf;
    @Schema(description = "MESSAGE / GET_INPUT: the voice to speak text in (Set voice); null = the adapter's default")
    public String voice;
    @Schema(description = "MESSAGE / GET_INPUT: the SSML the text came from (text is it without markup), for adapters that speak SSML")
    public String ssml;
    public String queueId;
    public String agentId;
    public List<String> participants;
    @Schema(description = "GET_INPUT: the options of the question, one label per condition (chat shows them as buttons)")
    public List<String> options;
    @Schema(description = "GET_INPUT: what each option's button shows (the block's OptionLabels, else the option itself)")
    public List<String> optionLabels;
    @Schema(description = "Why the contact ended (DISCONNECT)")
    public String reason;

    public MediaAction() {
    }

    public MediaAction(Type type) {
        this.type = type;
    }

    public static MediaAction message(String text, String audio) {
        MediaAction a = new MediaAction(Type.MESSAGE);
        a.text = text;
        a.audio = audio;
        return a;
    }

    public static MediaAction disconnect(String reason) {
        MediaAction a = new MediaAction(Type.DISCONNECT);
        a.reason = reason;
        return a;
    }

    @Override
    public String toString() {
        return type + (text != null ? " \"" + text + "\"" : "") + (audio != null ? " audio=" + audio : "")
                + (queueId != null ? " queue=" + queueId : "") + (reason != null ? " (" + reason + ")" : "")
                + ("AGENT".equals(participant) ? " to agent" : "");
    }
}
