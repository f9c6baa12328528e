package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** Contract metadata as served by {@code /api/v2/mix/market/contracts}; drives precision, minimums and fees. */
record FuturesContract(
        ProductType productType,
        String symbol,
        String baseCoin,
        String quoteCoin,
        int pricePlace,
        BigDecimal priceEndStep,
        int volumePlace,
        BigDecimal minTradeNum,
        BigDecimal sizeMultiplier,
        BigDecimal minTradeUSDT,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate,
        int minLever,
        int maxLever,
        BigDecimal maxMarketOrderQty,
        BigDecimal maxOrderQty) {

    /** Smallest price increment: {@code priceEndStep * 10^-pricePlace}. */
    BigDecimal tick() {
        return priceEndStep.multiply(Decimals.unit(pricePlace));
    }

    String marginCoin() {
        return productType.marginCoinFor(baseCoin);
    }
}
