package io.github.camelbitget.examples.trading.api;

import java.math.BigDecimal;

import io.github.camelbitget.model.FuturesOrderRequest;
import io.github.camelbitget.model.OrderType;
import io.github.camelbitget.model.Side;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A futures order as clients send it. Side and order type are checked as text, so that a misspelt value is refused
 * rather than read as absent (an absent order type means market). Bitget's own rules (price required for a limit
 * order, size steps, minimum notional) are checked by the component and by Bitget.
 */
@Schema(description = "A futures order (USDT-margined perpetuals)")
public record PlaceOrderRequest(
        @NotNull @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE)
        @Schema(examples = "BTCUSDT")
        String symbol,

        @NotNull(message = "must be buy or sell") @Pattern(regexp = "buy|sell", message = "must be buy or sell")
        String side,

        @NotNull @Positive
        @Schema(description = "Quantity in base coin, e.g. 0.01 BTC", examples = "0.01")
        BigDecimal size,

        @Pattern(regexp = "market|limit", message = "must be market or limit")
        @Schema(description = "market (default) or limit")
        String orderType,

        @Positive
        @Schema(description = "Limit price; required for a limit order")
        BigDecimal price,

        @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "must be 1 to 32 characters of A-Z a-z 0-9 _ -")
        @Schema(description = "Your id for the order; an order with a clientOid used before is refused (409)."
                              + " Generated when absent")
        String clientOid,

        @Schema(description = "Only reduce the position (one-way mode)")
        Boolean reduceOnly,

        @Positive
        @Schema(description = "Take-profit trigger price")
        BigDecimal takeProfit,

        @Positive
        @Schema(description = "Stop-loss trigger price")
        BigDecimal stopLoss) {

    /**
     * The component's request record, every given field passed on (a price on a market order too: the component and
     * Bitget judge it, nothing is dropped here); fields left null take the component's defaults.
     */
    FuturesOrderRequest toBitget() {
        return new FuturesOrderRequest(symbol, null, null, null, size, price, Side.fromWire(side), null,
                "limit".equals(orderType) ? OrderType.LIMIT : OrderType.MARKET, null, clientOid,
                reduceOnly == null ? null : reduceOnly ? "YES" : "NO", takeProfit, stopLoss);
    }
}
