package org.contactcenter.ivr.agi.boundary;

/**
 * Plays the customer whisper to a caller whose agent has answered: the caller's channel is sent to the dialplan's
 * whisper (over AMI), which plays {@code sounds} and then has {@code agentChannel} bridge the caller.
 */
public interface CallerWhisper {
    /**
     * True when the caller was sent to its whisper (the agent's line then waits to be bridged); false: bridge at once.
     * {@code sequence}: the flow run's last action once the whisper was said (the caller's {@code CC_SEQUENCE}, so that
     * a later {@code continue} does not say it again); negative: unknown, left as it is.
     */
    boolean play(String contactId, String callerChannel, String agentChannel, String sounds, int sequence);
}
