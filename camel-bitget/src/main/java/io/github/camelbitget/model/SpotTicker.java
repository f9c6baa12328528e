package io.github.camelbitget.model;

import java.math.BigDecimal;

/** A spot ticker ({@code GET /api/v2/spot/market/tickers}). Note Bitget names the 24 h open {@code open} here. */
public record SpotTicker(
        String symbol,
        BigDecimal high24h,
        BigDecimal open,
        BigDecimal lastPr,
        BigDecimal low24h,
        BigDecimal quoteVolume,
        BigDecimal baseVolume,
        BigDecimal usdtVolume,
        BigDecimal bidPr,
        BigDecimal askPr,
        BigDecimal bidSz,
        BigDecimal askSz,
        BigDecimal openUtc,
        Long ts,
        BigDecimal changeUtc24h,
        BigDecimal change24h) {
}
