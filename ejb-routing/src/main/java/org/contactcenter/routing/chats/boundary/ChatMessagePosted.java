package org.contactcenter.routing.chats.boundary;

/** A chat message was stored (fired in the storing transaction: observe AFTER_SUCCESS to deliver it). */
public record ChatMessagePosted(String contactId, ChatMessageData message) {
}
