package org.contactcenter.routing.chats.boundary;

/** A chat ended (fired in the ending transaction: observe AFTER_SUCCESS). */
public record ChatEnded(String chatId, String contactId, String reason) {
}
