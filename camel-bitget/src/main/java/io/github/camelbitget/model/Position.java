package io.github.camelbitget.model;

import java.math.BigDecimal;

/**
 * An open futures position ({@code GET /api/v2/mix/position/all-position}). Sizes are in base coin;
 * {@code liquidationPrice <= 0} means there is none.
 */
public record Position(
        String symbol,
        String marginCoin,
        HoldSide holdSide,
        BigDecimal openDelegateSize,
        BigDecimal marginSize,
        BigDecimal available,
        BigDecimal locked,
        BigDecimal total,
        BigDecimal leverage,
        BigDecimal achievedProfits,
        BigDecimal openPriceAvg,
        MarginMode marginMode,
        PositionMode posMode,
        BigDecimal unrealizedPL,
        BigDecimal liquidationPrice,
        BigDecimal keepMarginRate,
        BigDecimal markPrice,
        BigDecimal marginRatio,
        BigDecimal breakEvenPrice,
        BigDecimal totalFee,
        BigDecimal takeProfit,
        BigDecimal stopLoss,
        String takeProfitId,
        String stopLossId,
        BigDecimal deductedFee,
        Long cTime,
        String assetMode,
        Long uTime) {
}
