package org.contactcenter.ivr.agi.boundary;

/**
 * How the voice adapter hands callers back to the dialplan (and which channel each caller is on, for the agent leg): how long a queued caller hears music before the center
 * looks again ({@code cc.agi.queue-poll-seconds}), and where Asterisk writes recordings ({@code cc.agi.recording-directory}:
 * the recordings spool as Asterisk's host sees it), how long an outbound call rings the customer ({@code cc.agi.outbound-dial-seconds}).
 */
record VoiceSettings(VoiceChannels channels, int queuePollSeconds, String recordingDirectory, int outboundDialSeconds, java.time.Duration whisperWait) {
}
