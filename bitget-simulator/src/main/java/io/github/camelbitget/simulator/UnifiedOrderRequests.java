package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Reads a v3 place-order (or place-batch item) into the engines' order requests. In hedge mode v3's {@code side}
 * is the trade direction and {@code posSide} the position: {@code sell} + {@code long} closes a long, which the
 * engines know as the v2 pair {@code buy} + {@code tradeSide=close}. {@code reduceOnly} belongs to one-way mode
 * and never comes with {@code posSide}.
 */
final class UnifiedOrderRequests {

    static final UnifiedFields FIELDS = UnifiedFields.of("category", "symbol", "qty", "price", "side", "orderType",
            "timeInForce", "posSide", "reduceOnly", "clientOid", "takeProfit", "stopLoss", "marginMode");
    private static final String[] FUTURES_ONLY = {"posSide", "reduceOnly", "takeProfit", "stopLoss", "marginMode"};

    private UnifiedOrderRequests() {
    }

    /** {@code qty} is the quote amount for market buys, the base quantity otherwise. */
    static SpotOrderRequest spot(Params params) {
        for (String name : FUTURES_ONLY) {
            if (params.names().contains(name)) {
                throw BitgetError.parameterError(name);
            }
        }
        OrderType orderType = params.requiredEnum("orderType", OrderType.class);
        return new SpotOrderRequest(params.requiredSymbol(), params.requiredEnum("side", Side.class), orderType,
                params.optionalEnum("timeInForce", Force.class).orElse(Force.GTC), price(params, orderType),
                params.requiredPositiveDecimal("qty"), params.optional("clientOid").orElse(null));
    }

    static FuturesOrderRequest futures(Exchange exchange, TradingBook book, ProductType type, Params params) {
        String symbol = params.requiredSymbol();
        Side side = params.requiredEnum("side", Side.class);
        OrderType orderType = params.requiredEnum("orderType", OrderType.class);
        BigDecimal qty = params.requiredPositiveDecimal("qty");
        BigDecimal price = price(params, orderType);
        Optional<HoldSide> posSide = params.optionalEnum("posSide", HoldSide.class);
        Optional<YesNo> reduceOnly = params.optionalEnum("reduceOnly", YesNo.class);
        Optional<MarginMode> marginMode = params.optionalEnum("marginMode", MarginMode.class);
        String takeProfit = params.optionalPositiveDecimal("takeProfit").map(Decimals::plain).orElse(null);
        String stopLoss = params.optionalPositiveDecimal("stopLoss").map(Decimals::plain).orElse(null);
        FuturesContract contract = UnifiedErrors.translate(false, () -> exchange.instruments().requireContract(type, symbol));
        FuturesAccount account = book.futures(type);
        if (posSide.isPresent() && reduceOnly.isPresent()) {
            throw new BitgetError("25232", "reduceOnly cannot be used together with posSide");
        }
        Side engineSide = side;
        TradeSide tradeSide = null;
        if (account.positionMode == PositionMode.HEDGE) {
            HoldSide position = posSide.orElseThrow(() -> BitgetError.parameterEmpty("posSide"));
            engineSide = position == HoldSide.LONG ? Side.BUY : Side.SELL;
            tradeSide = HoldSide.openedBy(side) == position ? TradeSide.OPEN : TradeSide.CLOSE;
        } else if (posSide.isPresent()) {
            throw new BitgetError("25236", "Incorrect position open type, posSide is for hedge mode");
        }
        return new FuturesOrderRequest(type, symbol, marginMode.orElse(account.settings(symbol).marginMode),
                contract.marginCoin(), qty, price, engineSide, tradeSide, orderType,
                params.optionalEnum("timeInForce", Force.class).orElse(Force.GTC), params.optional("clientOid").orElse(null),
                reduceOnly.orElse(YesNo.NO) == YesNo.YES, takeProfit, stopLoss);
    }

    /** Limit orders need a price; market orders ignore one. */
    private static BigDecimal price(Params params, OrderType orderType) {
        if (orderType == OrderType.MARKET) {
            return null;
        }
        return params.optionalPositiveDecimal("price").orElseThrow(() -> BitgetError.parameterEmpty("price"));
    }
}
