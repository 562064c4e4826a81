package org.contactcenter.ivr.agi.boundary;

import java.util.Optional;

import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiException;
import org.contactcenter.ivr.tts.boundary.Speech;
import org.contactcenter.routing.flows.control.MediaAction;

/** A prompt as Asterisk plays it: the flow's audio prompt (a sound name), else its text spoken through {@link Speech}. */
public final class Prompts {
    private final Speech speech;

    public Prompts(Speech speech) {
        this.speech = speech;
    }

    /** Plays a MESSAGE; a sound Asterisk does not have (STREAM FILE result -1) gives way to the prompt's text, spoken. */
    void play(AgiChannel channel, MediaAction a, String contactId) throws AgiException {
        String file = file(channel, a, contactId);
        if (file != null) {
            channel.streamFile(file);
            String instead = channel.getLastReply().getResultCode() == -1 ? spokenInstead(a) : null;
            if (instead != null) {
                channel.streamFile(instead);
            }
        }
    }

    /** The prompt's text spoken, for a prompt whose audio Asterisk could not play; null when it has none. */
    String spokenInstead(MediaAction a) {
        if (a.audio == null || a.audio.isBlank() || a.text == null || a.text.isBlank()) {
            return null;
        }
        return speech.sound(a.text).orElse(null);
    }

    /** The sound to play for an action's prompt, or null when it has none that can be played. */
    String file(AgiChannel channel, MediaAction a, String contactId) {
        return sound(a);
    }

    /** The sound (a sound name or a file without its extension, as STREAM FILE and Playback take it), or null: none. */
    public String sound(MediaAction a) {
        if (a.audio != null && !a.audio.isBlank()) {
            return a.audio;
        }
        if (a.text == null || a.text.isBlank()) {
            return null;
        }
        Optional<String> spoken = speech.sound(a.text, a.voice);
        return spoken.orElse(null);
    }
}
