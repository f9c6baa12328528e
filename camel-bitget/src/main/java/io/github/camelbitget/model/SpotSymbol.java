package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * Trading rules of a spot pair ({@code GET /api/v2/spot/public/symbols}): {@code pricePrecision} price decimals,
 * {@code quantityPrecision} base-size decimals, {@code quotePrecision} decimals of a market buy's quote amount.
 * {@code minTradeAmount}/{@code maxTradeAmount} are obsolete (always 0).
 */
public record SpotSymbol(
        String symbol,
        String baseCoin,
        String quoteCoin,
        BigDecimal minTradeAmount,
        BigDecimal maxTradeAmount,
        BigDecimal takerFeeRate,
        BigDecimal makerFeeRate,
        Integer pricePrecision,
        Integer quantityPrecision,
        Integer quotePrecision,
        BigDecimal minTradeUSDT,
        String status,
        BigDecimal buyLimitPriceRatio,
        BigDecimal sellLimitPriceRatio,
        Integer orderQuantity,
        String areaSymbol,
        Long offTime) {
}
