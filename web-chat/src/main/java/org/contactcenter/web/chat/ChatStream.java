package org.contactcenter.web.chat;

import java.util.BitSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.websocket.Session;

import org.contactcenter.web.platform.SocketFrames;

/**
 * One chat as one socket receives it: the transcript, then every later message exactly once, in sequence order as
 * the chat writer announces them (one writer announces each batch in order after its commit). While a transcript
 * is being read, live messages are held; when it is sent, those it already contains are dropped and the others
 * follow it in order. A message the socket already has is never sent again. Kept in the socket's user properties,
 * one per chat (an agent's socket carries several chats).
 */
final class ChatStream {
    private static final String KEY = ChatStream.class.getName();
    private final BitSet sent = new BitSet();
    private boolean awaitingTranscript;
    private final TreeMap<Integer, String> held = new TreeMap<>();

    @SuppressWarnings("unchecked")
    static ChatStream of(Session session, String chatId) {
        Map<String, ChatStream> streams;
        synchronized (session) { // Tyrus keeps user properties in a plain HashMap; the writer and the socket's thread both come here
            streams = (Map<String, ChatStream>) session.getUserProperties().computeIfAbsent(KEY, k -> new ConcurrentHashMap<String, ChatStream>());
        }
        return streams.computeIfAbsent(chatId, id -> new ChatStream());
    }

    /** From now on live messages wait for the transcript (call before reading it). */
    synchronized void awaitTranscript() {
        awaitingTranscript = true;
    }

    /** Sends the transcript, which holds this chat's messages up to {@code last}, then what was held behind it. */
    synchronized void transcript(Session session, String frame, int last) {
        SocketFrames.send(session, frame);
        if (last > 0) {
            sent.set(1, last + 1);
        }
        awaitingTranscript = false;
        held.forEach((sequence, message) -> send(session, sequence, message));
        held.clear();
    }

    /** The transcript could not be read: what was held goes out in order, and live messages flow again. */
    synchronized void release(Session session) {
        awaitingTranscript = false;
        held.forEach((sequence, message) -> send(session, sequence, message));
        held.clear();
    }

    /** A message committed with {@code sequence}: sent now, held for the transcript, or dropped as sent already. */
    synchronized boolean live(Session session, int sequence, String frame) {
        if (awaitingTranscript) {
            held.put(sequence, frame);
            return true;
        }
        return send(session, sequence, frame);
    }

    /** The highest sequence this socket has been sent of the chat (0: none): what its reader can have read. */
    synchronized int highest() {
        return Math.max(0, sent.length() - 1);
    }

    /** Whether {@code sequence} is a message this socket was sent: a read receipt may name only such a message. */
    static boolean mayHaveRead(Session session, String chatId, int sequence) {
        return sequence >= 1 && sequence <= of(session, chatId).highest();
    }

    private boolean send(Session session, int sequence, String frame) {
        if (sent.get(sequence)) {
            return false;
        }
        sent.set(sequence);
        return SocketFrames.send(session, frame);
    }
}
