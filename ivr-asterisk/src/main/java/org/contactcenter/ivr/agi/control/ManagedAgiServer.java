package org.contactcenter.ivr.agi.control;

import java.io.IOException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;
import org.asteriskjava.util.ServerSocketFacade;

/**
 * asterisk-java's FastAGI server whose call-handling threads come from the container's
 * {@link ManagedThreadFactory}, so scripts may call EJBs and the container can account for every thread. Its socket
 * is bound by {@link #bind()} before {@link #startup()} accepts on it, so a port in use is reported at once, to the
 * caller, instead of from the accepting thread after start-up was announced.
 */
public class ManagedAgiServer extends DefaultAgiServer {
    private final ManagedThreadFactory threads;
    private final int poolSize;
    private ServerSocketFacade bound;

    public ManagedAgiServer(MappingStrategy mappings, ManagedThreadFactory threads, int poolSize) {
        super(mappings);
        this.threads = threads;
        this.poolSize = poolSize;
        setPoolSize(poolSize);
        setMaximumPoolSize(poolSize);
    }

    /** Binds the listening socket now; {@link #startup()} then accepts on it. */
    public synchronized void bind() throws IOException {
        if (bound == null) {
            bound = super.createServerSocket();
        }
    }

    @Override
    protected synchronized ServerSocketFacade createServerSocket() throws IOException {
        bind();
        ServerSocketFacade socket = bound;
        bound = null;
        return socket;
    }

    @Override
    protected ThreadPoolExecutor createPool() {
        return new ThreadPoolExecutor(poolSize, poolSize, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }
}
