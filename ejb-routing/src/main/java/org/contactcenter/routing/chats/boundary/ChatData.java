package org.contactcenter.routing.chats.boundary;

import java.time.OffsetDateTime;

import org.contactcenter.routing.chats.entity.Chat;
import org.contactcenter.routing.chats.entity.ChatState;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A chat. The participant token is shown once, when the chat is started or resumed. */
public class ChatData {
    public String chatId;
    @Schema(description = "The chat's contact (routing, flows, /api/v1/contacts/{id})")
    public String contactId;
    @Schema(description = "The ended chat this one resumes")
    public String previousChatId;
    public String displayName;
    @Schema(description = "The flow the chat entered by")
    public String flowId;
    public ChatState state;
    @Schema(description = "The voice contact that calls the customer back, when asked for")
    public String callbackContactId;
    public OffsetDateTime startedAt;
    public OffsetDateTime endedAt;
    public String endReason;
    @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The language of the center's own messages in this chat: en or ja")
    public String language;
    @Schema(description = "Only when started or resumed: the secret that opens /ws/chat for this chat (keep it; it is not stored)")
    public String participantToken;

    public static ChatData of(Chat c) {
        ChatData d = new ChatData();
        d.chatId = c.id();
        d.contactId = c.contactId();
        d.previousChatId = c.previousChatId();
        d.displayName = c.displayName();
        d.flowId = c.flowId();
        d.state = c.state();
        d.callbackContactId = c.callbackContactId();
        d.startedAt = c.startedAt();
        d.endedAt = c.endedAt();
        d.endReason = c.endReason();
        d.language = c.language();
        return d;
    }
}
