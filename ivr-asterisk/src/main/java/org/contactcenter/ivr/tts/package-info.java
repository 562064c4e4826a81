/**
 * Spoken prompts, the on-prem Polly: text (and a subset of SSML) rendered by text-to-speech engines from Debian's
 * packages, called as processes — English with espeak-ng, Japanese with Open JTalk and the NIT ATR503 voice — then
 * sox to the 8 kHz mono WAV Asterisk plays, cached by language, voice and text.
 */
package org.contactcenter.ivr.tts;
