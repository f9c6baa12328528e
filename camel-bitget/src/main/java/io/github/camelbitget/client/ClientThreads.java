package io.github.camelbitget.client;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where a request continues after waiting (a rate-limit turn, a retry's backoff, another request's clock sync or
 * account question) and then blocks on its HTTP exchange: not the common pool, which other code must be able to rely
 * on, nor the HttpClient's threads. Daemon threads, created on demand and ended after a minute idle; shared by every
 * client of the process.
 */
final class ClientThreads {

    private static final AtomicInteger COUNT = new AtomicInteger();

    static final ExecutorService POOL = new ThreadPoolExecutor(0, Integer.MAX_VALUE, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), ClientThreads::newThread);

    private ClientThreads() {
    }

    private static Thread newThread(Runnable task) {
        Thread thread = new Thread(task, "bitget-client-" + COUNT.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    }
}
