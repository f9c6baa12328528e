package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * A futures ticker ({@code GET /api/v2/mix/market/tickers} and {@code /ticker}). Ratios such as {@code change24h} and
 * {@code fundingRate} are decimals (0.01 = 1 %); {@code holdingAmount} is the open interest in base coin.
 */
public record FuturesTicker(
        String symbol,
        BigDecimal lastPr,
        BigDecimal askPr,
        BigDecimal bidPr,
        BigDecimal bidSz,
        BigDecimal askSz,
        BigDecimal high24h,
        BigDecimal low24h,
        Long ts,
        BigDecimal change24h,
        BigDecimal baseVolume,
        BigDecimal quoteVolume,
        BigDecimal usdtVolume,
        BigDecimal openUtc,
        BigDecimal changeUtc24h,
        BigDecimal indexPrice,
        BigDecimal fundingRate,
        BigDecimal holdingAmount,
        BigDecimal open24h,
        Long deliveryStartTime,
        Long deliveryTime,
        String deliveryStatus,
        BigDecimal markPrice) {
}
