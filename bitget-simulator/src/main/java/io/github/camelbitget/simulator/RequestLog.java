package io.github.camelbitget.simulator;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Every request the simulator received, in arrival order. Thread-safe. */
public final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();

    synchronized void add(RecordedRequest request) {
        requests.add(request);
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(requests);
    }

    public synchronized List<RecordedRequest> forPath(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    public synchronized int size() {
        return requests.size();
    }

    public synchronized void clear() {
        requests.clear();
    }

    /**
     * The largest number of requests to {@code path} that arrived within any window of length
     * {@code window}: "at most 10 in any second" holds when {@code maxInAnyWindow(path, 1s) <= 10}.
     */
    public int maxInAnyWindow(String path, Duration window) {
        List<Long> arrivals = new ArrayList<>();
        forPath(path).forEach(r -> arrivals.add(r.arrivalNanos()));
        arrivals.sort(null);
        long length = window.toNanos();
        int max = 0;
        int first = 0;
        for (int last = 0; last < arrivals.size(); last++) {
            while (arrivals.get(last) - arrivals.get(first) >= length) {
                first++;
            }
            max = Math.max(max, last - first + 1);
        }
        return max;
    }
}
