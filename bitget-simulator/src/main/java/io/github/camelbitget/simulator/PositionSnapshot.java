package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/** An open futures position with the figures Bitget reports for it, valued at the current price. */
public record PositionSnapshot(ProductType productType, String symbol, String marginCoin, String holdSide,
                               String marginMode, int leverage, BigDecimal total, BigDecimal available,
                               BigDecimal locked, BigDecimal openPriceAvg, BigDecimal marginSize,
                               BigDecimal unrealizedPL, BigDecimal liquidationPrice, BigDecimal markPrice,
                               BigDecimal achievedProfits) {
}
