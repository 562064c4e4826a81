package org.contactcenter.routing.chats.boundary;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.ejb.LocalBean;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
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
 * The chats' persistence: each call one transaction. Messages are stored in batches ({@link #appendAll}, fed by
 * {@link ChatWriter}): each numbered under a lock on its chat (per-chat order is the order of the numbers) and on
 * disk before the call returns, so whoever acknowledges it after the call has it; a retried message (same client
 * id) is stored once.
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
    Event<ChatEnded> ended;

    /** A new chat for a contact; answers the chat and its participant token (only the token's hash is kept). */
    public ChatData create(String contactId, String flowId, String displayName, String language, Map<String, String> attributes) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        Chat chat = new Chat(contactId, null, flowId, null, displayName, now());
        chat.language(language);
        if (attributes != null && !attributes.isEmpty()) {
            chat.startAttributes(attributes);
        }
        return persist(chat, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
    }

    /** What {@link #resume} found or made: the successor chat, and whether it is new (its flow is still to start). */
    public record Resumed(ChatData chat, boolean fresh) {
    }

    /**
     * The one successor of an ended chat: made now with {@code contactId}, or found if the chat was resumed before
     * (a second resume, from another tab or a retry, answers the same chat, never a second live one). The past chat
     * is locked while this is decided. The successor's token is derived from the past one ({@link #successorToken}),
     * so whoever holds the past token gets the same successor token each time; its numbers go on from the past chat's.
     */
    public Resumed resume(String pastChatId, String pastToken, String contactId) {
        Chat past = em.find(Chat.class, pastChatId, LockModeType.PESSIMISTIC_WRITE);
        if (past == null) {
            throw new NotFound("Chat", pastChatId);
        }
        String token = successorToken(pastToken);
        Optional<Chat> earlier = em.createNamedQuery(Chat.BY_PREVIOUS, Chat.class).setParameter("chatId", pastChatId).getResultStream().findFirst();
        if (earlier.isPresent()) {
            ChatData data = ChatData.of(earlier.get());
            data.participantToken = token;
            return new Resumed(data, false);
        }
        Chat chat = new Chat(contactId, pastChatId, past.flowId(), null, past.displayName(), now());
        chat.numberAfter(past);
        chat.startAttributes(Map.of("previousContactId", past.contactId()));
        return new Resumed(persist(chat, token), true);
    }

    private ChatData persist(Chat chat, String token) {
        chat.token(hash(token));
        em.persist(chat);
        em.flush();
        ChatData data = ChatData.of(chat);
        data.participantToken = token;
        return data;
    }

    /** The participant token of the chat that resumes the chat of {@code token}. */
    static String successorToken(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(("cc-chat-resume:" + token).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
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

    /** A message to store: {@link ChatWriter#append} queues these and stores them in batches. */
    public record NewMessage(String chatId, Participant participant, String sender, String text, List<String> options, List<String> labels,
            String clientId) {
    }

    /**
     * What became of a {@link NewMessage}: stored ({@code fresh}), found stored earlier under the same client id (not
     * fresh), or refused ({@code refusal}: no such chat, or a CUSTOMER/AGENT message in a chat that has ended).
     */
    public record Appended(String contactId, ChatMessageData message, boolean fresh, RuntimeException refusal) {
        static Appended refused(RuntimeException refusal) {
            return new Appended(null, null, false, refusal);
        }
    }

    /**
     * Stores a batch of messages in one transaction (one commit for all — the group commit of {@link ChatWriter}) and
     * answers an outcome per message, in the order given. Each message is numbered under a lock on its chat; the batch's
     * chats are locked by one statement in id order (two batches never wait on each other in a cycle), and a chat's
     * messages keep their order in the batch. A refused message changes nothing; the others are stored. A database
     * failure rolls back the batch and is thrown.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<Appended> appendAll(List<NewMessage> batch) {
        Appended[] outcomes = new Appended[batch.size()];
        Map<String, Chat> locked = new HashMap<>();
        List<String> ids = batch.stream().map(NewMessage::chatId).filter(Objects::nonNull).distinct().sorted().toList();
        if (!ids.isEmpty()) { // one statement locks every chat of the batch
            em.createNamedQuery(Chat.BY_IDS, Chat.class).setParameter("ids", ids).setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList().forEach(chat -> locked.put(chat.id(), chat));
        }
        // (chat, client id) → the message stored under it: earlier ones read by one statement, this batch's added
        Map<List<String>, ChatMessage> known = new HashMap<>();
        List<String> clientIds = batch.stream().map(NewMessage::clientId).filter(Objects::nonNull).distinct().toList();
        if (!clientIds.isEmpty() && !ids.isEmpty()) {
            em.createNamedQuery(ChatMessage.BY_CLIENT_IDS, ChatMessage.class).setParameter("chatIds", ids).setParameter("clientIds", clientIds)
                    .getResultList().forEach(stored -> known.put(List.of(stored.chatId(), stored.clientId()), stored));
        }
        List<Integer> fresh = new ArrayList<>();
        List<ChatMessage> messages = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            NewMessage m = batch.get(i);
            Chat chat = locked.get(m.chatId());
            if (chat == null) {
                outcomes[i] = Appended.refused(new NotFound("Chat", m.chatId()));
                continue;
            }
            List<String> clientKey = m.clientId() == null ? null : List.of(m.chatId(), m.clientId());
            ChatMessage earlier = clientKey == null ? null : known.get(clientKey);
            if (earlier != null) {
                outcomes[i] = new Appended(chat.contactId(), ChatMessageData.of(earlier), false, null);
                continue;
            }
            if (m.participant() != Participant.SYSTEM && chat.state() != ChatState.ACTIVE) {
                outcomes[i] = Appended.refused(new Conflict(null, "the chat has ended", List.of()));
                continue;
            }
            if (m.participant() == Participant.CUSTOMER) {
                chat.customerActive(now());
            }
            ChatMessage message = new ChatMessage(m.chatId(), chat.takeSequence(), m.participant(), m.sender(), m.text(),
                    m.options() == null || m.options().isEmpty() ? null : String.join("\n", m.options()), m.clientId(), now());
            if (m.labels() != null && !m.labels().isEmpty()) {
                message.optionLabels(String.join("\n", m.labels()));
            }
            em.persist(message);
            if (clientKey != null) {
                known.put(clientKey, message);
            }
            fresh.add(i);
            messages.add(message);
        }
        em.flush();
        for (int k = 0; k < fresh.size(); k++) {
            int i = fresh.get(k);
            outcomes[i] = new Appended(locked.get(batch.get(i).chatId()).contactId(), ChatMessageData.of(messages.get(k)), true, null);
        }
        return Arrays.asList(outcomes);
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

    /** Removes a chat whose flow could not start, with whatever the flow wrote into it meanwhile. */
    public void discard(String chatId) {
        em.createQuery("delete from ChatMessage m where m.id.chatId = :chatId").setParameter("chatId", chatId).executeUpdate();
        Chat chat = em.find(Chat.class, chatId);
        if (chat != null) {
            em.remove(chat); // with its attributes
        }
    }

    /** The attributes a chat started with. */
    public Map<String, String> startAttributes(String chatId) {
        return find(chatId).startAttributes();
    }

    /** The newest chats, newest first (state null: all). */
    public List<ChatData> list(ChatState state, int limit) {
        var query = state == null ? em.createNamedQuery(Chat.NEWEST, Chat.class) : em.createNamedQuery(Chat.NEWEST_IN_STATE, Chat.class).setParameter("state", state);
        return query.setMaxResults(limit).getResultList().stream().map(ChatData::of).toList();
    }

    public void callbackRequested(String chatId, String callbackContactId) {
        find(chatId).callbackRequested(callbackContactId);
    }

    /** The chat continues as another contact (a transfer); false when it is not active any more. */
    public boolean continuedAs(String chatId, String contactId) {
        Chat chat = em.find(Chat.class, chatId, LockModeType.PESSIMISTIC_WRITE);
        if (chat == null || chat.state() != ChatState.ACTIVE) {
            return false;
        }
        chat.continuedAs(contactId);
        return true;
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

    public List<ChatData> activeChats() {
        return em.createNamedQuery(Chat.ACTIVE, Chat.class).getResultList().stream().map(ChatData::of).toList();
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
