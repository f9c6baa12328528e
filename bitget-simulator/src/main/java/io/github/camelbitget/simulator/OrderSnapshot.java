package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/**
 * A spot or futures order as the simulator holds it. {@code market} is {@code SPOT} or the product type;
 * {@code price} is null for market orders, {@code priceAvg} null until filled; {@code status} uses the
 * market's own spelling ({@code canceled} for futures, {@code cancelled} for spot).
 */
public record OrderSnapshot(String market, String symbol, String orderId, String clientOid, String side,
                            String tradeSide, String orderType, BigDecimal price, BigDecimal size,
                            BigDecimal filledSize, BigDecimal priceAvg, String status, BigDecimal fee,
                            boolean reduceOnly) {
}
