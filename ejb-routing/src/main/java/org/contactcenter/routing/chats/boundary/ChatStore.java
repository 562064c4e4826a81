package org.contactcenter.routing.chats.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.contactcenter.routing.chats.entity.Chat;
import org.contactcenter.routing.chats.entity.ChatMessage;
import org.contactcenter.routing.chats.entity.ChatState;
import org.contactcenter.routing.chats.entity.Participant;
import org.contactcenter.routing.platform.Conflict;
import org.contactcenter.routing.platform.NotFound;

/**
 * The chats' persistence: each call one transaction. A message is numbered under a lock on its chat (per-chat order
 * is the order of the numbers) and stored before the call returns, so whoever acknowledges it after the call has
 * it on disk; a retried message (same client id) is stored once.
 */
@Stateless
@LocalBean
public class ChatStore {
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    Event<ChatMessagePosted> posted;
    @Inject
    Event<ChatEnded> ended;

    /** A new chat for a contact; answers the chat and its participant token (only the token's hash is kept). */
    public ChatData create(String contactId, String previousChatId, String flowId, String displayName) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Chat chat = new Chat(contactId, previousChatId, flowId, hash(token), displayName, now());
        em.persist(chat);
        em.flush();
        ChatData data = ChatData.of(chat);
        data.participantToken = token;
        return data;
    }

    public Optional<ChatData> byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        return em.createNamedQuery(Chat.BY_TOKEN, Chat.class).setParameter("hash", hash(token)).getResultStream().findFirst().map(ChatData::of);
    }

    public Optional<ChatData> byContact(String contactId) {
        return em.createNamedQuery(Chat.BY_CONTACT, Chat.class).setParameter("contactId", contactId).getResultStream().findFirst().map(ChatData::of);
    }

    public ChatData get(String chatId) {
        return ChatData.of(find(chatId));
    }

    /** Stores a message; a CUSTOMER or AGENT message needs an active chat (409 otherwise). */
    public ChatMessageData append(String chatId, Participant participant, String sender, String text, List<String> options, String clientId) {
        Chat chat = em.find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
        if (chat == null) {
            throw new NotFound("Chat", chatId);
        }
        if (clientId != null) {
            Optional<ChatMessage> earlier = em.createNamedQuery(ChatMessage.BY_CLIENT_ID, ChatMessage.class).setParameter("chatId", chatId)
                    .setParameter("clientId", clientId).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return ChatMessageData.of(earlier.get());
            }
        }
        if (participant != Participant.SYSTEM && chat.state() != ChatState.ACTIVE) {
            throw new Conflict(null, "the chat has ended", List.of());
        }
        if (participant == Participant.CUSTOMER) {
            chat.customerActive(now());
        }
        ChatMessage message = new ChatMessage(chatId, chat.takeSequence(), participant, sender, text,
                options == null || options.isEmpty() ? null : String.join("\n", options), clientId, now());
        em.persist(message);
        em.flush();
        ChatMessageData data = ChatMessageData.of(message);
        posted.fire(new ChatMessagePosted(chat.contactId(), data));
        return data;
    }

    /** The chat's messages after {@code after}; with {@code pastSessions}, the chats it resumes come first (oldest first). */
    public List<ChatMessageData> transcript(String chatId, int after, boolean pastSessions) {
        Chat chat = find(chatId);
        List<ChatMessageData> all = new ArrayList<>();
        if (pastSessions && chat.previousChatId() != null) {
            all.addAll(transcript(chat.previousChatId(), 0, true));
        }
        em.createNamedQuery(ChatMessage.OF_CHAT, ChatMessage.class).setParameter("chatId", chatId).setParameter("after", after)
                .getResultList().forEach(m -> all.add(ChatMessageData.of(m)));
        return all;
    }

    public void callbackRequested(String chatId, String callbackContactId) {
        find(chatId).callbackRequested(callbackContactId);
    }

    /** Ends the chat (once); answers whether it was active. */
    public boolean end(String chatId, String reason) {
        Chat chat = em.find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
        if (chat == null || chat.state() != ChatState.ACTIVE) {
            return false;
        }
        chat.ended(now(), reason);
        ended.fire(new ChatEnded(chat.id(), chat.contactId(), reason));
        return true;
    }

    /** When the customer was last active, for the idle timeout. */
    public Optional<OffsetDateTime> lastCustomerActivity(String chatId) {
        Chat chat = em.find(Chat.class, chatId);
        return chat == null || chat.state() != ChatState.ACTIVE ? Optional.empty() : Optional.of(chat.lastCustomerActivity());
    }

    public List<String> activeChatIds() {
        return em.createNamedQuery(Chat.ACTIVE, Chat.class).getResultList().stream().map(Chat::id).toList();
    }

    private Chat find(String chatId) {
        Chat chat = chatId == null ? null : em.find(Chat.class, chatId);
        if (chat == null) {
            throw new NotFound("Chat", chatId);
        }
        return chat;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
