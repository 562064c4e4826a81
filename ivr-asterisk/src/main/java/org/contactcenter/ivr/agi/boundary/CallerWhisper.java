package org.contactcenter.ivr.agi.boundary;

/**
 * Plays the customer whisper to a caller whose agent has answered: the caller's channel is sent to the dialplan's
 * whisper (over AMI), which plays {@code sounds} and then bridges the caller to {@code agentChannel} itself.
 */
public interface CallerWhisper {
    /** True when the caller was sent to its whisper (the agent's line then waits to be bridged); false: bridge at once. */
    boolean play(String contactId, String callerChannel, String agentChannel, String sounds);
}
