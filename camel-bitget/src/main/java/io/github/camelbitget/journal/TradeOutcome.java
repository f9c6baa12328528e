package io.github.camelbitget.journal;

import java.time.Instant;

/** What became of a journal entry: its new status, Bitget's order id(s), or Bitget's error code and message. */
public record TradeOutcome(
        String id,
        TradeStatus status,
        String orderId,
        String errorCode,
        String errorMessage,
        Instant at) {
}
