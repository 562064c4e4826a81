package org.contactcenter.ivr.agi.control;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.SequenceInputStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

import org.asteriskjava.util.SocketConnectionFacade;

/**
 * A FastAGI session for asterisk-java's connection handler, after {@link AgiGate} has read its header block: the
 * header's lines (and the empty line that ended it) are read first, then the socket. UTF-8 both ways (what Asterisk
 * passes through for caller names). Reads time out after {@code readTimeoutMillis} (a PBX that stops answering).
 */
public final class AgiConnection implements SocketConnectionFacade {
    private final Socket socket;
    private final Deque<String> replay = new ArrayDeque<>();
    private final BufferedReader in;
    private final Writer out;

    public AgiConnection(AgiGate.Session session, int readTimeoutMillis) throws IOException {
        this.socket = session.channel().socket();
        socket.setSoTimeout(readTimeoutMillis);
        replay.addAll(session.header());
        replay.add("");
        this.in = new BufferedReader(new InputStreamReader(new SequenceInputStream(new ByteArrayInputStream(session.rest()),
                socket.getInputStream()), StandardCharsets.UTF_8));
        this.out = new OutputStreamWriter(socket.getOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public synchronized String readLine() throws IOException {
        String line = replay.pollFirst();
        if (line != null) {
            return line;
        }
        line = in.readLine();
        return line == null || !line.endsWith("\r") ? line : line.substring(0, line.length() - 1);
    }

    @Override
    public void write(String s) throws IOException {
        out.write(s);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    @Override
    public boolean isConnected() {
        return socket.isConnected() && !socket.isClosed();
    }

    @Override
    public InetAddress getLocalAddress() {
        return socket.getLocalAddress();
    }

    @Override
    public int getLocalPort() {
        return socket.getLocalPort();
    }

    @Override
    public InetAddress getRemoteAddress() {
        return socket.getInetAddress();
    }

    @Override
    public int getRemotePort() {
        return socket.getPort();
    }
}
