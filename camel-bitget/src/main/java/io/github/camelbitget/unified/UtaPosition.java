package io.github.camelbitget.unified;

import java.math.BigDecimal;

/** A position as the v3 API lists it. */
public record UtaPosition(
        String category,
        String symbol,
        String marginCoin,
        String holdMode,
        String posSide,
        String marginMode,
        BigDecimal positionBalance,
        BigDecimal available,
        BigDecimal frozen,
        BigDecimal total,
        BigDecimal leverage,
        BigDecimal curRealisedPnl,
        BigDecimal avgPrice,
        BigDecimal unrealisedPnl,
        BigDecimal liquidationPrice,
        BigDecimal markPrice,
        BigDecimal breakEvenPrice,
        BigDecimal totalFunding,
        BigDecimal openFeeTotal,
        BigDecimal closeFeeTotal,
        Long createdTime,
        Long updatedTime) {
}
