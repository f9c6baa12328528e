package io.github.camelbitget.model;

/**
 * The dead-man switch as set by {@code countdownCancelAll}: every open order of the unified account is cancelled when
 * {@code countdown} seconds pass without the next call; 0 means switched off.
 */
public record CountdownResult(int countdown) {
}
