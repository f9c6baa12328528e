package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** Spot symbol metadata as served by {@code /api/v2/spot/public/symbols}. */
record SpotSymbol(
        String symbol,
        String baseCoin,
        String quoteCoin,
        int pricePrecision,
        int quantityPrecision,
        int quotePrecision,
        BigDecimal minTradeUSDT,
        BigDecimal makerFeeRate,
        BigDecimal takerFeeRate) {

    BigDecimal tick() {
        return Decimals.unit(pricePrecision);
    }
}
