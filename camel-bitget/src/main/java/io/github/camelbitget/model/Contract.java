package io.github.camelbitget.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Trading rules of a futures contract ({@code GET /api/v2/mix/market/contracts}). Sizes are in base coin; a size must
 * be at least {@code minTradeNum}, a multiple of {@code sizeMultiplier} with at most {@code volumePlace} decimals, and
 * worth at least {@code minTradeUSDT}; a price must be a multiple of {@link #priceTick()}.
 */
public record Contract(
        String symbol,
        String baseCoin,
        String quoteCoin,
        BigDecimal buyLimitPriceRatio,
        BigDecimal sellLimitPriceRatio,
        BigDecimal feeRateUpRatio,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate,
        BigDecimal openCostUpRatio,
        List<String> supportMarginCoins,
        BigDecimal minTradeNum,
        BigDecimal priceEndStep,
        Integer volumePlace,
        Integer pricePlace,
        BigDecimal sizeMultiplier,
        String symbolType,
        BigDecimal minTradeUSDT,
        Integer maxSymbolOrderNum,
        Integer maxProductOrderNum,
        Integer maxPositionNum,
        String symbolStatus,
        Long offTime,
        Long limitOpenTime,
        Long deliveryTime,
        Long deliveryStartTime,
        String deliveryPeriod,
        Long launchTime,
        Integer fundInterval,
        BigDecimal minLever,
        BigDecimal maxLever,
        BigDecimal posLimit,
        Long maintainTime,
        BigDecimal maxMarketOrderQty,
        BigDecimal maxOrderQty,
        String isRwa) {

    public Contract {
        supportMarginCoins = Lists.orEmpty(supportMarginCoins);
    }

    /** The price step: {@code priceEndStep × 10^-pricePlace} (pricePlace 1, priceEndStep 5 → 0.5). */
    public BigDecimal priceTick() {
        return priceEndStep.movePointLeft(pricePlace);
    }

    /** The price rounded down to a multiple of the tick. */
    public BigDecimal roundPriceDown(BigDecimal price) {
        return roundDown(price, priceTick()).setScale(pricePlace, RoundingMode.DOWN);
    }

    /** The size rounded down to a multiple of {@code sizeMultiplier}, with at most {@code volumePlace} decimals. */
    public BigDecimal roundSizeDown(BigDecimal size) {
        return roundDown(size, sizeMultiplier).setScale(volumePlace, RoundingMode.DOWN);
    }

    /** Whether Bitget would accept this size at this price: at least {@code minTradeNum} and {@code minTradeUSDT}. */
    public boolean meetsMinimums(BigDecimal size, BigDecimal price) {
        return size.compareTo(minTradeNum) >= 0 && size.multiply(price).compareTo(minTradeUSDT) >= 0;
    }

    private static BigDecimal roundDown(BigDecimal value, BigDecimal step) {
        return value.divide(step, 0, RoundingMode.DOWN).multiply(step);
    }
}
