package io.github.camelbitget.simulator;

import java.time.Duration;

/**
 * One injected fault, active for the requests whose path matches, until {@link #clear()} or, after
 * {@link #times(int)}, for that many matching requests. Created by {@link Faults}.
 */
public final class Fault {

    /** What the simulator does with a matching request. */
    public enum Kind {
        /** Waits, then handles the request normally. */
        LATENCY,
        /** Answers the status with a Bitget envelope ({@code 40015 System is abnormal}); the request is not handled. */
        SERVER_ERROR,
        /** Answers the status with an empty body; the request is not handled. */
        EMPTY_SERVER_ERROR,
        /** Answers the status with an HTML error page, as a proxy in front of Bitget would. */
        HTML_ERROR,
        /** Closes the connection with a TCP reset and no response; the request is not handled. */
        CONNECTION_RESET,
        /** Handles the request (an order is really placed), then resets the connection instead of answering. */
        DROP_RESPONSE,
        /** Handles the request, then never answers, so the client times out. */
        HANG_RESPONSE
    }

    private final Kind kind;
    private final String pathPattern;
    private final int status;
    private final Duration delay;
    private int remaining = -1;
    private boolean cleared;

    Fault(Kind kind, String pathPattern, int status, Duration delay) {
        this.kind = kind;
        this.pathPattern = pathPattern;
        this.status = status;
        this.delay = delay;
    }

    /** Limits the fault to the next {@code count} matching requests. */
    public synchronized Fault times(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be positive");
        }
        this.remaining = count;
        return this;
    }

    public synchronized void clear() {
        cleared = true;
    }

    /** Matching requests it will still affect, or -1 for "until cleared". */
    public synchronized int remaining() {
        return cleared ? 0 : remaining;
    }

    public Kind kind() {
        return kind;
    }

    public String pathPattern() {
        return pathPattern;
    }

    int status() {
        return status;
    }

    Duration delay() {
        return delay;
    }

    /** Consumes one use if the fault applies to {@code path}. */
    synchronized boolean claim(String path) {
        if (cleared || remaining == 0 || !matches(path)) {
            return false;
        }
        if (remaining > 0) {
            remaining--;
        }
        return true;
    }

    private boolean matches(String path) {
        if (pathPattern.equals("*")) {
            return true;
        }
        if (pathPattern.endsWith("*")) {
            return path.startsWith(pathPattern.substring(0, pathPattern.length() - 1));
        }
        return path.equals(pathPattern);
    }

    @Override
    public synchronized String toString() {
        return kind + " on " + pathPattern + (remaining < 0 ? "" : " x" + remaining) + (cleared ? " (cleared)" : "");
    }
}
