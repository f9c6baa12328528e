package io.github.camelbitget.client;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;

import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.model.ServerTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bitget's clock as seen from here: the local clock plus an offset measured against {@code /api/v2/public/time}
 * (half the round trip counted), before the first signed request and again after Bitget refused a timestamp (40008).
 * Bitget accepts timestamps within 30 seconds of its own clock.
 */
public final class ServerClock {

    private static final Logger LOG = LoggerFactory.getLogger(ServerClock.class);
    private static final PreparedRequest SERVER_TIME = RequestPreparer.prepare(Operation.SERVER_TIME, Mode.LIVE,
            Map.of());

    private final AtomicLong offsetMillis = new AtomicLong();
    private final AtomicReference<CompletableFuture<Void>> sync = new AtomicReference<>();
    private final LongSupplier localClock;

    public ServerClock() {
        this(System::currentTimeMillis);
    }

    /** A clock on another local time source, epoch milliseconds (for tests). */
    public ServerClock(LongSupplier localClock) {
        this.localClock = localClock;
    }

    /** Bitget's time now, epoch milliseconds. */
    public long now() {
        return localClock.getAsLong() + offsetMillis.get();
    }

    public long offsetMillis() {
        return offsetMillis.get();
    }

    /** Measures the offset once; later calls share the first measurement. */
    CompletableFuture<Void> synced(Function<PreparedRequest, CompletableFuture<BitgetResponse>> send) {
        CompletableFuture<Void> current = sync.get();
        return current != null ? current : resync(send, null);
    }

    /** Measures the offset again, unless a measurement newer than {@code stale} is under way or done. */
    CompletableFuture<Void> resync(Function<PreparedRequest, CompletableFuture<BitgetResponse>> send,
                                   CompletableFuture<Void> stale) {
        CompletableFuture<Void> fresh = new CompletableFuture<>();
        CompletableFuture<Void> previous = sync.get();
        if (previous != stale || !sync.compareAndSet(previous, fresh)) {
            return sync.get();
        }
        long sentAt = localClock.getAsLong();
        send.apply(SERVER_TIME).whenComplete((response, failure) -> {
            if (failure == null) {
                long receivedAt = localClock.getAsLong();
                long serverTime = ((ServerTime) response.data()).serverTime();
                offsetMillis.set(serverTime - (sentAt + receivedAt) / 2);
                LOG.debug("Bitget's clock is {} ms ahead of this host", offsetMillis.get());
            } else {
                LOG.debug("Could not read Bitget's clock, signing with the local clock: {}", failure.getMessage());
            }
            fresh.complete(null);
        });
        return fresh;
    }

    /** The measurement a resync must replace. */
    CompletableFuture<Void> current() {
        return sync.get();
    }
}
