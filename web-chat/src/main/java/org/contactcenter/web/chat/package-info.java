/**
 * The customer side of web chat: {@code POST /api/v1/chats} (start, resume), the customer socket {@code /ws/chat}
 * (authenticated by the chat's participant token), and the deliveries between customers' and agents' sockets.
 * Every message type, with examples: docs/WEBSOCKETS.md.
 */
package org.contactcenter.web.chat;
