package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/**
 * The private channels of classic (v2) accounts, bitget-api.md §7.5: {@code orders}, {@code fill},
 * {@code positions} and {@code account}, rendered from the engines' events the moment they happen. Every push is
 * a {@code snapshot}. {@code positions} carries all open positions of the product type; when the last one closes
 * the push has an empty {@code data}. Unified (v3) accounts are not streamed.
 */
final class PrivateChannels implements TradeEvents {

    static final Set<String> NAMES = Set.of("orders", "fill", "positions", "account");
    private static final String DEFAULT = "default";

    private final Exchange exchange;
    private final Streams streams;

    PrivateChannels(Exchange exchange, Streams streams) {
        this.exchange = exchange;
        this.streams = streams;
    }

    // ---------------------------------------------------------------- subscriptions

    /** Throws {@code 30001} unless the arg is a private channel this book can subscribe to. */
    void check(TradingBook book, StreamArg arg) {
        if (book.accountType() != AccountType.CLASSIC) {
            throw arg.unknown("channel does not exist for a unified trading account: it streams on the v3 API,"
                    + " which the simulator does not serve");
        }
        boolean spot = arg.instType().equals(StreamInstrument.SPOT);
        if (!spot && Wire.parse(ProductType.class, arg.instType()) == null) {
            throw arg.unknown("channel does not exist: instType " + arg.instType());
        }
        boolean valid = switch (arg.channel()) {
            case "orders" -> arg.instId() != null && instrumentOrDefault(arg);
            case "fill" -> arg.instId() == null || instrumentOrDefault(arg);
            case "positions" -> !spot && DEFAULT.equals(arg.instId());
            default -> DEFAULT.equals(arg.coin());
        };
        if (!valid) {
            throw arg.unknown("channel does not exist: " + arg.channel() + " with "
                    + (arg.channel().equals("account") ? "coin " + arg.coin() : "instId " + arg.instId()) + " of " + arg.instType());
        }
    }

    private boolean instrumentOrDefault(StreamArg arg) {
        return DEFAULT.equals(arg.instId()) || StreamInstrument.find(exchange.instruments(), arg.instType(), arg.instId()).isPresent();
    }

    /** Does a push of {@code channel} for {@code symbol} belong to this subscription? */
    static boolean matches(StreamArg arg, String instType, String channel, String symbol) {
        return arg.channel().equals(channel) && arg.instType().equals(instType)
                && (symbol == null || arg.instId() == null || DEFAULT.equals(arg.instId()) || arg.instId().equals(symbol));
    }

    /** The data of the push that follows a subscribe: open orders, positions, balances; none for {@code fill}. */
    Optional<JsonNode> snapshot(TradingBook book, StreamArg arg) {
        boolean spot = arg.instType().equals(StreamInstrument.SPOT);
        ProductType type = spot ? null : Wire.parse(ProductType.class, arg.instType());
        return switch (arg.channel()) {
            case "orders" -> {
                ArrayNode data = Json.array();
                if (spot) {
                    book.spotOrders.values().stream().filter(o -> o.status.isOpen() && matches(arg, o.request.symbol()))
                            .forEach(o -> data.add(spotOrder(o, null)));
                } else {
                    book.futures(type).openOrders().stream().filter(o -> matches(arg, o.symbol()))
                            .forEach(o -> data.add(futuresOrder(o, null)));
                }
                yield Optional.of(data);
            }
            case "positions" -> Optional.of(positions(book.futures(type)));
            case "account" -> Optional.of(spot ? spotAccount(book) : futuresAccount(book.futures(type)));
            default -> Optional.empty();
        };
    }

    private static boolean matches(StreamArg arg, String symbol) {
        return DEFAULT.equals(arg.instId()) || symbol.equals(arg.instId());
    }

    // ---------------------------------------------------------------- events

    @Override
    public void orderChanged(TradingBook book, FuturesOrder order) {
        if (listening(book)) {
            String instType = order.request.productType().wire();
            publish(book, instType, "orders", order.symbol(), Json.array().add(futuresOrder(order, null)));
            publish(book, instType, "account", null, futuresAccount(book.futures(order.request.productType())));
        }
    }

    @Override
    public void orderFilled(TradingBook book, FuturesOrder order, FuturesFill fill) {
        if (listening(book)) {
            FuturesAccount account = book.futures(order.request.productType());
            String instType = account.productType.wire();
            publish(book, instType, "orders", order.symbol(), Json.array().add(futuresOrder(order, fill)));
            publish(book, instType, "fill", order.symbol(), Json.array().add(futuresFill(order, fill)));
            publish(book, instType, "positions", null, positions(account));
            publish(book, instType, "account", null, futuresAccount(account));
        }
    }

    @Override
    public void orderChanged(TradingBook book, SpotOrder order) {
        if (listening(book)) {
            publish(book, StreamInstrument.SPOT, "orders", order.request.symbol(), Json.array().add(spotOrder(order, null)));
            publish(book, StreamInstrument.SPOT, "account", null, spotAccount(book));
        }
    }

    @Override
    public void orderFilled(TradingBook book, SpotOrder order, SpotFill fill) {
        if (listening(book)) {
            String symbol = order.request.symbol();
            publish(book, StreamInstrument.SPOT, "orders", symbol, Json.array().add(spotOrder(order, fill)));
            publish(book, StreamInstrument.SPOT, "fill", symbol, Json.array().add(spotFill(fill)));
            publish(book, StreamInstrument.SPOT, "account", null, spotAccount(book));
        }
    }

    private boolean listening(TradingBook book) {
        return book.accountType() == AccountType.CLASSIC && streams.watches(book);
    }

    private void publish(TradingBook book, String instType, String channel, String symbol, JsonNode data) {
        streams.publish(book, instType, channel, symbol, data, exchange.clock().now());
    }

    // ---------------------------------------------------------------- rendering

    private static ObjectNode futuresOrder(FuturesOrder order, FuturesFill fill) {
        FuturesOrderRequest request = order.request;
        ObjectNode node = Json.object()
                .put("orderId", order.orderId)
                .put("clientOid", order.clientOid)
                .put("instId", order.symbol())
                .put("price", request.price() == null ? "0" : Json.text(request.price()))
                .put("size", Json.text(request.size()))
                .put("side", request.side().wire())
                .put("posSide", order.posSide())
                .put("tradeSide", order.tradeSideWire())
                .put("orderType", request.orderType().wire())
                .put("force", request.force().wire())
                .put("status", order.status.futuresWire())
                .put("marginMode", request.marginMode().wire())
                .put("marginCoin", request.marginCoin())
                .put("leverage", Integer.toString(order.leverage))
                .put("posMode", order.posMode.wire())
                .put("reduceOnly", order.posMode == PositionMode.ONE_WAY && request.reduceOnly() ? "yes" : "no");
        if (fill != null) {
            node.put("fillPrice", Json.text(fill.price()))
                    .put("tradeId", fill.tradeId())
                    .put("baseVolume", Json.text(fill.baseVolume()))
                    .put("fillTime", Long.toString(fill.cTime()))
                    .put("fillFee", Json.text(fill.fee()))
                    .put("fillFeeCoin", fill.feeCoin())
                    .put("tradeScope", fill.taker() ? "T" : "M")
                    .put("fillNotionalUsd", Json.text(fill.quoteVolume()));
        }
        node.put("accBaseVolume", Json.text(order.filledSize))
                .put("notionalUsd", Json.text(order.priceAvg == null ? BigDecimal.ZERO : order.quoteVolume))
                .put("priceAvg", order.priceAvg == null ? "0" : Json.text(order.priceAvg));
        node.putArray("feeDetail").addObject().put("feeCoin", request.marginCoin()).put("fee", Json.text(order.fee));
        return node.put("pnl", Json.text(order.totalProfits))
                .put("cancelReason", order.status == OrderStatus.CANCELLED ? "normal_cancel" : "")
                .put("presetStopSurplusPrice", order.presetStopSurplusPrice == null ? "" : order.presetStopSurplusPrice)
                .put("presetStopLossPrice", order.presetStopLossPrice == null ? "" : order.presetStopLossPrice)
                .put("stpMode", "none")
                .put("totalProfits", Json.text(order.totalProfits))
                .put("enterPointSource", "API")
                .put("cTime", Long.toString(order.cTime))
                .put("uTime", Long.toString(order.uTime));
    }

    private static ObjectNode futuresFill(FuturesOrder order, FuturesFill fill) {
        ObjectNode node = Json.object()
                .put("orderId", fill.orderId())
                .put("clientOid", order.clientOid)
                .put("tradeId", fill.tradeId())
                .put("symbol", fill.symbol())
                .put("side", order.direction().wire())
                .put("orderType", order.request.orderType().wire())
                .put("posMode", fill.posMode().wire())
                .put("price", Json.text(fill.price()))
                .put("baseVolume", Json.text(fill.baseVolume()))
                .put("quoteVolume", Json.text(fill.quoteVolume()))
                .put("profit", Json.text(fill.profit()))
                .put("tradeSide", fill.tradeSide())
                .put("tradeScope", fill.taker() ? "taker" : "maker");
        node.putArray("feeDetail").addObject()
                .put("deduction", "no")
                .put("totalDeductionFee", "0")
                .put("totalFee", Json.text(fill.fee()))
                .put("feeCoin", fill.feeCoin());
        return node.put("cTime", Long.toString(fill.cTime())).put("uTime", Long.toString(fill.cTime()));
    }

    private ArrayNode positions(FuturesAccount account) {
        FuturesEngine engine = exchange.futures();
        ArrayNode data = Json.array();
        for (Position position : account.positions.values()) {
            BigDecimal unrealized = engine.unrealizedPL(position);
            BigDecimal marginRatio = engine.marginRatio(position);
            data.addObject()
                    .put("posId", position.posId)
                    .put("instId", position.symbol)
                    .put("marginCoin", position.marginCoin)
                    .put("marginSize", Json.text(position.margin))
                    .put("marginMode", position.marginMode.wire())
                    .put("holdSide", position.holdSide.wire())
                    .put("posMode", account.positionMode.wire())
                    .put("total", Json.text(position.total))
                    .put("available", Json.text(position.available()))
                    .put("frozen", Json.text(position.locked))
                    .put("openPriceAvg", Json.text(position.openPriceAvg))
                    .put("leverage", position.leverage)
                    .put("achievedProfits", Json.text(position.achievedProfits))
                    .put("unrealizedPL", Json.text(unrealized))
                    .put("unrealizedPLR", position.margin.signum() > 0 ? Json.text(Decimals.divide(unrealized, position.margin)) : "0")
                    .put("liquidationPrice", Json.text(engine.liquidationPrice(account, position)))
                    .put("keepMarginRate", Json.text(FuturesEngine.KEEP_MARGIN_RATE))
                    .put("isolatedMarginRate", position.marginMode == MarginMode.ISOLATED ? Json.text(marginRatio) : "0")
                    .put("marginRate", Json.text(marginRatio))
                    .put("breakEvenPrice", Json.text(engine.breakEvenPrice(position)))
                    .put("totalFee", Json.text(position.fees.negate()))
                    .put("deductedFee", Json.text(position.fees))
                    .put("markPrice", Json.text(engine.markPrice(position)))
                    .put("assetMode", "single")
                    .put("autoMargin", "off")
                    .put("cTime", Long.toString(position.cTime))
                    .put("uTime", Long.toString(position.uTime));
        }
        return data;
    }

    private ArrayNode futuresAccount(FuturesAccount account) {
        FuturesEngine engine = exchange.futures();
        MarketData market = exchange.marketData();
        ArrayNode data = Json.array();
        for (String coin : exchange.instruments().marginCoins(account.productType)) {
            Collection<Position> positions = account.positions.values().stream().filter(p -> p.marginCoin.equals(coin)).toList();
            BigDecimal unrealized = positions.stream().map(engine::unrealizedPL).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal crossedMaintenance = positions.stream().filter(p -> p.marginMode == MarginMode.CROSSED)
                    .map(engine::maintenanceMargin).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal equity = account.balance(coin).add(unrealized);
            BigDecimal available = engine.available(account, coin);
            data.addObject()
                    .put("marginCoin", coin)
                    .put("frozen", Json.text(engine.frozen(account, coin)))
                    .put("available", Json.text(available))
                    .put("maxOpenPosAvailable", Json.text(available.max(BigDecimal.ZERO)))
                    .put("maxTransferOut", Json.text(available.max(BigDecimal.ZERO)))
                    .put("equity", Json.text(Decimals.derived(equity)))
                    .put("usdtEquity", Json.text(Decimals.derived(market.usdValue(coin, equity))))
                    .put("crossedRiskRate", equity.signum() > 0 ? Json.text(Decimals.divide(crossedMaintenance, equity)) : "0")
                    .put("unrealizedPL", Json.text(unrealized))
                    .put("unionTotalMargin", "0")
                    .put("unionAvailable", "0")
                    .put("unionMm", "0")
                    .put("assetsMode", "single");
        }
        return data;
    }

    private static ObjectNode spotOrder(SpotOrder order, SpotFill fill) {
        SpotOrderRequest request = order.request;
        ObjectNode node = Json.object()
                .put("instId", request.symbol())
                .put("orderId", order.orderId)
                .put("clientOid", order.clientOid)
                .put("price", request.price() == null ? "0" : Json.text(request.price()))
                .put("size", Json.text(request.size()))
                .put("newSize", Json.text(request.size()))
                .put("notional", request.sizeInQuote() ? Json.text(request.size()) : Json.text(order.quoteVolume))
                .put("orderType", request.orderType().wire())
                .put("force", request.force() == null ? "gtc" : request.force().wire())
                .put("side", request.side().wire());
        if (fill != null) {
            node.put("fillPrice", Json.text(fill.price()))
                    .put("tradeId", fill.tradeId())
                    .put("baseVolume", Json.text(fill.size()))
                    .put("fillTime", Long.toString(fill.cTime()))
                    .put("fillFee", Json.text(fill.fee()))
                    .put("fillFeeCoin", fill.feeCoin())
                    .put("tradeScope", fill.taker() ? "T" : "M");
        }
        node.put("accBaseVolume", Json.text(order.baseVolume))
                .put("priceAvg", order.priceAvg == null ? "0" : Json.text(order.priceAvg))
                .put("status", order.status.spotWire())
                .put("cTime", Long.toString(order.cTime))
                .put("uTime", Long.toString(order.uTime))
                .put("stpMode", "none");
        if (order.feeCoin != null) {
            node.putArray("feeDetail").addObject().put("feeCoin", order.feeCoin).put("fee", Json.text(order.fee));
        } else {
            node.putArray("feeDetail");
        }
        return node.put("enterPointSource", "API");
    }

    private static ObjectNode spotFill(SpotFill fill) {
        ObjectNode node = Json.object()
                .put("orderId", fill.orderId())
                .put("tradeId", fill.tradeId())
                .put("symbol", fill.symbol())
                .put("orderType", fill.orderType().wire())
                .put("side", fill.side().wire())
                .put("priceAvg", Json.text(fill.price()))
                .put("size", Json.text(fill.size()))
                .put("amount", Json.text(fill.amount()))
                .put("tradeScope", fill.taker() ? "taker" : "maker");
        node.putArray("feeDetail").addObject()
                .put("feeCoin", fill.feeCoin())
                .put("deduction", "no")
                .put("totalDeductionFee", "0")
                .put("totalFee", Json.text(fill.fee()));
        return node.put("cTime", Long.toString(fill.cTime())).put("uTime", Long.toString(fill.cTime()));
    }

    private static ArrayNode spotAccount(TradingBook book) {
        ArrayNode data = Json.array();
        book.spotWallet.balances.forEach((coin, balance) -> data.addObject()
                .put("coin", coin)
                .put("available", Json.text(balance.available))
                .put("frozen", Json.text(balance.frozen))
                .put("locked", "0")
                .put("limitAvailable", "0")
                .put("uTime", Long.toString(balance.uTime)));
        return data;
    }
}
