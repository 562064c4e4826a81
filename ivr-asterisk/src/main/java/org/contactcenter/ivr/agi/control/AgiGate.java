package org.contactcenter.ivr.agi.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * The FastAGI front door. One thread accepts and reads every session's header block without blocking (a selector):
 * a connection from an address that is not a configured PBX is closed at once; a header block that is not Asterisk's
 * ({@code agi_name: value} lines ended by an empty line — an HTTP request, bare CRLFs, binary), that grows past
 * 16 KiB, or that has not arrived within the header timeout is closed; only a complete, well-formed session is handed
 * to a worker. So slow, idle or hostile clients hold no worker and real calls are served whatever they do. Refusals
 * are logged once a minute per address and reason.
 */
public final class AgiGate implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AgiGate.class.getName());
    private static final Pattern HEADER = Pattern.compile("agi_[a-z0-9_]{1,64}: .{0,4096}");
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /** A session whose header block has arrived whole: its lines (without the empty one) and the bytes after it. */
    public record Session(SocketChannel channel, List<String> header, byte[] rest) {
    }

    private final AgiAddresses allowed;
    private final Duration headerTimeout;
    private final int maxPending;
    private final Consumer<Session> dispatch;
    private final Clock clock;
    private final Map<String, Long> lastWarning = new ConcurrentHashMap<>();
    private ServerSocketChannel server;
    private Selector selector;
    private volatile boolean closed;

    public AgiGate(AgiAddresses allowed, Duration headerTimeout, int maxPending, Consumer<Session> dispatch, Clock clock) {
        this.allowed = allowed;
        this.headerTimeout = headerTimeout;
        this.maxPending = maxPending;
        this.dispatch = dispatch;
        this.clock = clock;
    }

    /** Binds now, so a port in use is reported to the caller. */
    public void bind(InetAddress address, int port) throws IOException {
        selector = Selector.open();
        server = ServerSocketChannel.open();
        server.setOption(StandardSocketOptions.SO_REUSEADDR, true);
        server.bind(new InetSocketAddress(address, port), 128);
        server.configureBlocking(false);
        server.register(selector, SelectionKey.OP_ACCEPT);
    }

    /** The port it listens on (after {@link #bind}). */
    public int port() throws IOException {
        return ((InetSocketAddress) server.getLocalAddress()).getPort();
    }

    /** Accepts and reads headers until {@link #close()}. */
    public void run() {
        try {
            while (!closed) {
                selector.select(250);
                List<Session> ready = new ArrayList<>();
                Iterator<SelectionKey> keys = selector.selectedKeys().iterator();
                while (keys.hasNext()) {
                    SelectionKey key = keys.next();
                    keys.remove();
                    if (!key.isValid()) {
                        continue;
                    }
                    if (key.isAcceptable()) {
                        accept();
                    } else if (key.isReadable()) {
                        read(key, ready);
                    }
                }
                expire();
                if (!ready.isEmpty()) {
                    selector.selectNow(); // the cancelled keys leave the selector: their channels may block again
                    for (Session session : ready) {
                        handOver(session);
                    }
                }
            }
        } catch (IOException | ClosedSelectorException e) {
            if (!closed) {
                LOG.severe("FastAGI server stopped: " + e);
            }
        }
    }

    private void accept() throws IOException {
        SocketChannel channel;
        while ((channel = server.accept()) != null) {
            InetAddress from = ((InetSocketAddress) channel.getRemoteAddress()).getAddress();
            if (!allowed.allows(from)) {
                warn(from, "refused", "FastAGI connection from " + from.getHostAddress() + " refused: not a PBX address (cc.agi.allowed-addresses)");
                closeQuietly(channel);
                continue;
            }
            if (selector.keys().size() - 1 >= maxPending) {
                warn(from, "busy", "FastAGI connection from " + from.getHostAddress() + " closed: " + maxPending
                        + " sessions are already sending their headers (cc.agi.max-pending-sessions)");
                closeQuietly(channel);
                continue;
            }
            channel.configureBlocking(false);
            channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            channel.setOption(StandardSocketOptions.SO_KEEPALIVE, true);
            channel.register(selector, SelectionKey.OP_READ, new Pending(from, clock.millis() + headerTimeout.toMillis()));
        }
    }

    private void handOver(Session session) {
        try {
            session.channel().configureBlocking(true);
            dispatch.accept(session);
        } catch (IOException | RuntimeException e) {
            LOG.warning("FastAGI session could not be handed to a worker: " + e);
            closeQuietly(session.channel());
        }
    }

    private void read(SelectionKey key, List<Session> ready) {
        SocketChannel channel = (SocketChannel) key.channel();
        Pending p = (Pending) key.attachment();
        try {
            int n = channel.read(p.buffer);
            if (n < 0) {
                drop(key, p, "closed before its header block ended");
                return;
            }
            String problem = p.parse();
            if (problem != null) {
                drop(key, p, problem);
            } else if (p.complete) {
                key.cancel();
                ready.add(new Session(channel, List.copyOf(p.lines), p.rest()));
            }
        } catch (IOException e) {
            drop(key, p, "failed: " + e.getMessage());
        }
    }

    private void expire() {
        long now = clock.millis();
        for (SelectionKey key : selector.keys()) {
            if (key.attachment() instanceof Pending p && now > p.deadline) {
                drop(key, p, "sent no complete header block within " + headerTimeout.toSeconds() + " s (cc.agi.header-timeout-seconds)");
            }
        }
    }

    private void drop(SelectionKey key, Pending p, String why) {
        warn(p.from, why.substring(0, Math.min(20, why.length())), "FastAGI session from " + p.from.getHostAddress() + " closed: " + why);
        key.cancel();
        closeQuietly(key.channel());
    }

    private void warn(InetAddress from, String reason, String message) {
        long now = clock.millis();
        String k = from.getHostAddress() + " " + reason;
        Long last = lastWarning.get(k);
        if (last == null || now - last > 60_000) {
            lastWarning.put(k, now);
            if (lastWarning.size() > 10_000) {
                lastWarning.clear();
            }
            LOG.warning(message);
        }
    }

    private static void closeQuietly(java.nio.channels.Channel c) {
        try {
            c.close();
        } catch (IOException e) {
            // nothing left to do
        }
    }

    @Override
    public void close() {
        closed = true;
        if (selector != null) {
            for (SelectionKey key : selector.keys()) {
                closeQuietly(key.channel());
            }
            try {
                selector.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
        if (server != null) {
            closeQuietly(server);
        }
    }

    /** A session whose header block is on its way. */
    private static final class Pending {
        final InetAddress from;
        final long deadline;
        final ByteBuffer buffer = ByteBuffer.allocate(MAX_HEADER_BYTES);
        final List<String> lines = new ArrayList<>();
        int parsed;
        boolean complete;
        int restFrom = -1;

        Pending(InetAddress from, long deadline) {
            this.from = from;
            this.deadline = deadline;
        }

        /** Reads the complete lines received so far; a problem, or null. */
        String parse() {
            byte[] bytes = buffer.array();
            int end = buffer.position();
            int start = parsed;
            for (int i = parsed; i < end; i++) {
                if (bytes[i] != '\n') {
                    continue;
                }
                int lineEnd = i > start && bytes[i - 1] == '\r' ? i - 1 : i;
                String line = new String(bytes, start, lineEnd - start, StandardCharsets.UTF_8);
                start = i + 1;
                parsed = start;
                if (line.isEmpty()) {
                    if (lines.stream().noneMatch(l -> l.startsWith("agi_request: ") || l.startsWith("agi_network_script: "))) {
                        return lines.isEmpty() ? "sent an empty line first, not an AGI header" : "sent a header block without agi_request";
                    }
                    complete = true;
                    restFrom = start;
                    return null;
                }
                if (!HEADER.matcher(line).matches()) {
                    return "sent a line that is not an AGI header (" + printable(line) + ")";
                }
                lines.add(line);
            }
            if (!buffer.hasRemaining()) {
                return "sent a header block over " + MAX_HEADER_BYTES + " bytes";
            }
            return null;
        }

        byte[] rest() {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(buffer.array(), restFrom, buffer.position() - restFrom);
            return out.toByteArray();
        }

        private static String printable(String line) {
            String cut = line.length() > 40 ? line.substring(0, 40) + "…" : line;
            return cut.replaceAll("[\\p{Cntrl}]", "?");
        }
    }
}
