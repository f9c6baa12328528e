package io.github.camelbitget.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonAlias;

/**
 * A futures order (pending orders, order history, order detail). {@code status} is {@code live},
 * {@code partially_filled}, {@code filled} or {@code canceled}; order detail calls it {@code state}. {@code tradeSide}
 * in responses is richer than in requests ({@code buy_single}, {@code burst_*}, ...).
 */
public record FuturesOrder(
        String symbol,
        BigDecimal size,
        String orderId,
        String clientOid,
        BigDecimal baseVolume,
        BigDecimal fee,
        BigDecimal price,
        BigDecimal priceAvg,
        @JsonAlias("state") String status,
        Side side,
        String force,
        BigDecimal totalProfits,
        String posSide,
        String marginCoin,
        BigDecimal quoteVolume,
        BigDecimal leverage,
        MarginMode marginMode,
        String reduceOnly,
        String enterPointSource,
        String tradeSide,
        PositionMode posMode,
        OrderType orderType,
        String orderSource,
        Long cTime,
        Long uTime,
        BigDecimal presetStopSurplusPrice,
        BigDecimal presetStopLossPrice,
        BigDecimal liqPrice,
        BigDecimal posAvg) {
}
