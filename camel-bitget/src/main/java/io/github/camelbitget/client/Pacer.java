package io.github.camelbitget.client;

import java.time.Duration;

/**
 * Keeps requests of one limit at least {@code window / limit} apart (plus 10 % headroom for the jitter between leaving
 * here and arriving at Bitget), so no window of that length ever holds more than {@code limit} of them, wherever it
 * starts. Requests reserve their turn in order; the spacing is checked again when a request actually starts, so
 * requests that a paused JVM released late do not bunch up. Not thread-safe: {@link RateLimits} guards it.
 */
final class Pacer {

    private static final double HEADROOM = 1.10;

    private final int limit;
    private final long intervalNanos;
    private long nextTurn = Long.MIN_VALUE;
    private long lastStart = Long.MIN_VALUE;
    private long blockedUntil = Long.MIN_VALUE;

    Pacer(int limit, Duration window) {
        this.limit = limit;
        this.intervalNanos = (long) Math.ceil(window.toNanos() * HEADROOM / limit);
    }

    /** The earliest start a new reservation can get. */
    long nextTurn() {
        return Math.max(nextTurn, blockedUntil);
    }

    void reserve(long start) {
        nextTurn = start + intervalNanos;
    }

    /** The earliest moment a request may really start. */
    long earliestStart() {
        return Math.max(lastStart == Long.MIN_VALUE ? Long.MIN_VALUE : lastStart + intervalNanos, blockedUntil);
    }

    void started(long now) {
        lastStart = now;
    }

    /** No request before this time (Bitget answered 429). */
    void blockUntil(long time) {
        blockedUntil = Math.max(blockedUntil, time);
    }

    int limit() {
        return limit;
    }
}
