package io.github.camelbitget.model;

/** One order of a batch or close-positions answer; {@code errorCode}/{@code errorMsg} are set in the failure list. */
public record OrderOutcome(String orderId, String clientOid, String symbol, String errorCode, String errorMsg) {
}
