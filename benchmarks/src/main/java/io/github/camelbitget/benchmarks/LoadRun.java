package io.github.camelbitget.benchmarks;

import java.time.Duration;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Calls a client from {@code concurrency} threads, each waiting for its answer before the next call, for a warm-up
 * and then a measured period; reports calls per second and latency percentiles of the measured period.
 */
final class LoadRun {

    /** One call; throws on failure, which stops the run. */
    @FunctionalInterface
    interface Call {
        void call() throws Exception;
    }

    record Result(String client, String scenario, int concurrency, int size, double perSecond, double p50Micros,
                  double p99Micros, long calls) {
    }

    private LoadRun() {
    }

    static Result run(String client, String scenario, int concurrency, int size, Call call, Duration warmUp,
                      Duration measure) throws InterruptedException {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        List<long[]> latencies = new ArrayList<>();
        int[] counts = new int[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            long[] own = new long[2_000_000];
            latencies.add(own);
            int index = t;
            Thread worker = new Thread(() -> {
                try {
                    int n = 0;
                    while (failure.get() == null) {
                        long before = System.nanoTime();
                        if (before >= end) {
                            break;
                        }
                        call.call();
                        if (before >= measureFrom && n < own.length) {
                            own[n++] = System.nanoTime() - before;
                        }
                    }
                    counts[index] = n;
                } catch (Throwable e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }, "load-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        done.await();
        if (failure.get() != null) {
            throw new IllegalStateException(client + " " + scenario + " failed", failure.get());
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int offset = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(latencies.get(t), 0, all, offset, counts[t]);
            offset += counts[t];
        }
        Arrays.sort(all);
        double seconds = measure.toNanos() / 1e9;
        return new Result(client, scenario, concurrency, size, total / seconds, percentile(all, 0.50) / 1e3,
                percentile(all, 0.99) / 1e3, total);
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
