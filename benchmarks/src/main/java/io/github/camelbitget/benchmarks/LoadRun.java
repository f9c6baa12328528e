package io.github.camelbitget.benchmarks;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.management.OperatingSystemMXBean;

/**
 * Calls a client from {@code concurrency} threads, each waiting for its answer before the next call, for a warm-up
 * and then a measured period; reports calls per second and latency percentiles of the measured period's successful
 * calls, and how many calls failed (a failed call is counted and the run goes on).
 */
final class LoadRun {

    /** One call; throws on failure. */
    @FunctionalInterface
    interface Call {
        void call() throws Exception;
    }

    /** {@code cpuMicrosPerCall}: this process's CPU time over the measured period per call (0 when not measured). */
    record Result(String client, String scenario, int concurrency, int size, double perSecond, double p50Micros,
                  double p99Micros, long calls, long failures, double cpuMicrosPerCall) {
    }

    private static final int INITIAL_LATENCIES = 1 << 14;
    private static final OperatingSystemMXBean PROCESS =
            (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LoadRun() {
    }

    static Result run(String client, String scenario, int concurrency, int size, Call call, Duration warmUp,
                      Duration measure) throws InterruptedException {
        AtomicReference<Exception> firstFailure = new AtomicReference<>();
        AtomicReference<Error> fatal = new AtomicReference<>();
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long end = measureFrom + measure.toNanos();
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        long[] failures = new long[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        for (int t = 0; t < concurrency; t++) {
            int index = t;
            Thread worker = new Thread(() -> {
                // grown as needed: one fixed array big enough for any rate would be allocated per thread and scenario
                long[] own = new long[INITIAL_LATENCIES];
                int n = 0;
                long failed = 0;
                try {
                    for (long before = System.nanoTime(); before < end; before = System.nanoTime()) {
                        try {
                            call.call();
                        } catch (Exception e) {
                            if (before >= measureFrom) {
                                failed++;
                            }
                            firstFailure.compareAndSet(null, e);
                            continue;
                        }
                        if (before >= measureFrom) {
                            if (n == own.length) {
                                own = Arrays.copyOf(own, n * 2);
                            }
                            own[n++] = System.nanoTime() - before;
                        }
                    }
                } catch (Error e) {
                    fatal.compareAndSet(null, e);
                } finally {
                    latencies[index] = own;
                    counts[index] = n;
                    failures[index] = failed;
                    done.countDown();
                }
            }, "load-" + t);
            worker.setDaemon(true);
            worker.start();
        }
        long cpuAtStart = cpuTimeAt(measureFrom);
        long cpuAtEnd = cpuTimeAt(end);
        done.await();
        if (fatal.get() != null) {
            throw new IllegalStateException(client + " " + scenario + " failed", fatal.get());
        }
        long failed = Arrays.stream(failures).sum();
        if (firstFailure.get() != null) {
            StringBuilder causes = new StringBuilder();
            for (Throwable cause = firstFailure.get(); cause != null; cause = cause.getCause()) {
                causes.append(causes.length() == 0 ? "" : " <- ").append(cause);
            }
            System.out.println(client + " " + scenario + " c=" + concurrency + ": " + failed
                               + " calls failed while measured, the first failure: " + causes);
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int offset = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(latencies[t], 0, all, offset, counts[t]);
            offset += counts[t];
        }
        Arrays.sort(all);
        double seconds = measure.toNanos() / 1e9;
        return new Result(client, scenario, concurrency, size, total / seconds, percentile(all, 0.50) / 1e3,
                percentile(all, 0.99) / 1e3, total, failed, total == 0 ? 0 : (cpuAtEnd - cpuAtStart) / 1e3 / total);
    }

    /**
     * The CPU time this process has used (every thread: callers, the HTTP client's, the JIT and the GC) when
     * {@code nanoTime} comes. Unlike calls per second, a neighbour on a shared machine does not change it.
     */
    private static long cpuTimeAt(long nanoTime) throws InterruptedException {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            TimeUnit.NANOSECONDS.sleep(wait);
        }
        return PROCESS.getProcessCpuTime();
    }

    private static long percentile(long[] sorted, double quantile) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }
}
