/**
 * Prompts (Amazon Connect's prompt library): named messages a flow plays or sends by id, with a text (chat, and
 * what a text-to-speech voice adapter speaks) and/or an audio file the voice adapter plays (an Asterisk sound name
 * such as {@code custom/welcome}). Deleting a prompt a published flow uses is refused.
 */
package org.contactcenter.routing.prompts;
