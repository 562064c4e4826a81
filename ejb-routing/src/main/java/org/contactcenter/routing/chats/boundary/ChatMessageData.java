package org.contactcenter.routing.chats.boundary;

import java.time.OffsetDateTime;
import java.util.List;

import org.contactcenter.routing.chats.entity.ChatMessage;
import org.contactcenter.routing.chats.entity.Participant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A chat message as sockets and the API show it. */
public class ChatMessageData {
    public String chatId;
    @Schema(description = "1, 2, … per chat: the order of the conversation")
    public int sequence;
    @Schema(description = "CUSTOMER, AGENT or SYSTEM (the flow's prompts, joins, leaves)")
    public Participant participant;
    @Schema(description = "Display name of who wrote it")
    public String sender;
    @Schema(description = "The text as sent (escape it where you show it)")
    public String text;
    @Schema(description = "Option buttons of a flow question (the customer may click one or type)")
    public List<String> options;
    @Schema(description = "What each option button shows (same order as options); the button sends its option")
    public List<String> optionLabels;
    @Schema(description = "The sender's own id for the message (retries with the same id are stored once)")
    public String clientMessageId;
    public OffsetDateTime sentAt;

    public static ChatMessageData of(ChatMessage m) {
        ChatMessageData d = new ChatMessageData();
        d.chatId = m.chatId();
        d.sequence = m.seq();
        d.participant = m.participant();
        d.sender = m.sender();
        d.text = m.content();
        d.options = m.options() == null ? null : List.of(m.options().split("\n"));
        d.optionLabels = m.optionLabels() == null ? null : List.of(m.optionLabels().split("\n"));
        d.clientMessageId = m.clientId();
        d.sentAt = m.sentAt();
        return d;
    }
}
