package org.contactcenter.ivr.agi.boundary;

/**
 * How the voice adapter hands callers back to the dialplan: how long a queued caller hears music before the center
 * looks again ({@code cc.agi.queue-poll-seconds}), and where Asterisk writes recordings ({@code cc.agi.recording-directory}:
 * the recordings spool as Asterisk's host sees it).
 */
record VoiceSettings(int queuePollSeconds, String recordingDirectory) {
}
