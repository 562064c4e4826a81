package org.contactcenter.ivr.agi.control;

import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.concurrent.ManagedThreadFactory;

import org.asteriskjava.fastagi.DefaultAgiServer;
import org.asteriskjava.fastagi.MappingStrategy;

/**
 * asterisk-java's FastAGI server whose call-handling threads come from the container's
 * {@link ManagedThreadFactory}, so scripts may call EJBs and the container can account for every thread.
 */
public class ManagedAgiServer extends DefaultAgiServer {
    private final ManagedThreadFactory threads;
    private final int poolSize;

    public ManagedAgiServer(MappingStrategy mappings, ManagedThreadFactory threads, int poolSize) {
        super(mappings);
        this.threads = threads;
        this.poolSize = poolSize;
        setPoolSize(poolSize);
        setMaximumPoolSize(poolSize);
    }

    @Override
    protected ThreadPoolExecutor createPool() {
        return new ThreadPoolExecutor(poolSize, poolSize, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), threads);
    }
}
