package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/** Spot wallet and spot orders. Spot lists are bare arrays, not wrapped like the futures ones. */
final class SpotApi {

    private static final int MAX_PAGE = 100;

    private SpotApi() {
    }

    static void register(Routes routes) {
        routes.privateGet("/api/v2/spot/account/assets", 10, SpotApi::assets)
                .privatePost("/api/v2/spot/trade/place-order", 10, SpotApi::placeOrder)
                .privatePost("/api/v2/spot/trade/cancel-order", 10, SpotApi::cancelOrder)
                .privateGet("/api/v2/spot/trade/unfilled-orders", 20, SpotApi::unfilledOrders)
                .privateGet("/api/v2/spot/trade/history-orders", 20, SpotApi::historyOrders)
                .privateGet("/api/v2/spot/trade/orderInfo", 20, SpotApi::orderInfo)
                .privateGet("/api/v2/spot/trade/fills", 10, SpotApi::fills);
    }

    /** {@code coin} wins over {@code assetType}; the default {@code hold_only} leaves out empty coins. */
    private static JsonNode assets(ApiRequest request) {
        Params params = request.params();
        Optional<String> coin = params.optional("coin").map(c -> c.toUpperCase(Locale.ROOT));
        String assetType = params.optional("assetType").orElse("hold_only").toLowerCase(Locale.ROOT);
        if (!assetType.equals("hold_only") && !assetType.equals("all")) {
            throw BitgetError.parameterError("assetType");
        }
        SpotWallet wallet = request.book().spotWallet;
        ArrayNode data = Json.array();
        if (coin.isPresent()) {
            data.add(asset(coin.get(), wallet.balances.getOrDefault(coin.get(), new SpotWallet.Balance())));
            return data;
        }
        for (Map.Entry<String, SpotWallet.Balance> entry : wallet.balances.entrySet()) {
            SpotWallet.Balance balance = entry.getValue();
            boolean empty = balance.available.signum() == 0 && balance.frozen.signum() == 0;
            if (assetType.equals("all") || !empty) {
                data.add(asset(entry.getKey(), balance));
            }
        }
        return data;
    }

    private static ObjectNode asset(String coin, SpotWallet.Balance balance) {
        return Json.object()
                .put("coin", coin)
                .put("available", Json.text(balance.available))
                .put("frozen", Json.text(balance.frozen))
                .put("locked", "0")
                .put("limitAvailable", "0")
                .put("uTime", Long.toString(balance.uTime));
    }

    private static JsonNode placeOrder(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        Side side = params.requiredEnum("side", Side.class);
        OrderType orderType = params.requiredEnum("orderType", OrderType.class);
        Force force = params.optionalEnum("force", Force.class).orElse(null);
        BigDecimal price = orderType == OrderType.LIMIT ? params.optionalPositiveDecimal("price").orElse(null) : null;
        BigDecimal size = params.requiredPositiveDecimal("size");
        SpotOrder order = request.exchange().spot().place(request.book(), new SpotOrderRequest(symbol, side, orderType,
                force, price, size, params.optional("clientOid").orElse(null)), ClientOidRule.CLASSIC);
        return Json.object().put("orderId", order.orderId).put("clientOid", order.clientOid);
    }

    private static JsonNode cancelOrder(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        SpotOrder order = request.exchange().spot().cancel(request.book(), symbol,
                params.optional("orderId").orElse(null), params.optional("clientOid").orElse(null));
        return Json.object().put("orderId", order.orderId).put("clientOid", order.clientOid);
    }

    /** In this endpoint Bitget's {@code priceAvg} is the order price and {@code basePrice} the fill price. */
    private static JsonNode unfilledOrders(ApiRequest request) {
        ArrayNode data = Json.array();
        for (SpotOrder order : page(request, o -> o.status.isOpen())) {
            SpotOrderRequest spec = order.request;
            ObjectNode node = data.addObject()
                    .put("userId", request.book().uid)
                    .put("symbol", spec.symbol())
                    .put("orderId", order.orderId)
                    .put("clientOid", order.clientOid)
                    .put("priceAvg", spec.price() == null ? "0" : Json.text(spec.price()))
                    .put("price", spec.price() == null ? "0" : Json.text(spec.price()))
                    .put("size", Json.text(spec.size()))
                    .put("orderType", spec.orderType().wire())
                    .put("side", spec.side().wire())
                    .put("status", order.status.spotWire())
                    .put("basePrice", order.priceAvg == null ? "0" : Json.text(order.priceAvg))
                    .put("baseVolume", Json.text(order.baseVolume))
                    .put("quoteVolume", Json.text(order.quoteVolume))
                    .put("enterPointSource", "API")
                    .put("orderSource", orderSource(spec))
                    .put("presetTakeProfitPrice", "")
                    .put("executeTakeProfitPrice", "")
                    .put("presetStopLossPrice", "")
                    .put("executeStopLossPrice", "")
                    .put("cTime", Long.toString(order.cTime))
                    .put("uTime", Long.toString(order.uTime))
                    .put("tpslType", "normal");
            node.putNull("triggerPrice");
        }
        return data;
    }

    private static JsonNode historyOrders(ApiRequest request) {
        ArrayNode data = Json.array();
        page(request, o -> !o.status.isOpen()).forEach(order -> data.add(order(request, order)));
        return data;
    }

    /** An array with the order, or empty when unknown. Finds open and finished orders. */
    private static JsonNode orderInfo(ApiRequest request) {
        Params params = request.params();
        Optional<String> orderId = params.optional("orderId");
        Optional<String> clientOid = params.optional("clientOid");
        if (orderId.isEmpty() && clientOid.isEmpty()) {
            throw BitgetError.parameterEmpty("orderId");
        }
        ArrayNode data = Json.array();
        request.exchange().spot().find(request.book(), orderId.orElse(null), clientOid.orElse(null))
                .ifPresent(order -> data.add(order(request, order)));
        return data;
    }

    private static ObjectNode order(ApiRequest request, SpotOrder order) {
        SpotOrderRequest spec = order.request;
        ObjectNode node = Json.object()
                .put("userId", request.book().uid)
                .put("symbol", spec.symbol())
                .put("orderId", order.orderId)
                .put("clientOid", order.clientOid)
                .put("price", spec.price() == null ? "0" : Json.text(spec.price()))
                .put("size", Json.text(spec.size()))
                .put("orderType", spec.orderType().wire())
                .put("side", spec.side().wire())
                .put("status", order.status.spotWire())
                .put("priceAvg", order.priceAvg == null ? "0" : Json.text(order.priceAvg))
                .put("baseVolume", Json.text(order.baseVolume))
                .put("quoteVolume", Json.text(order.quoteVolume))
                .put("enterPointSource", "API")
                .put("feeDetail", feeDetail(order))
                .put("orderSource", orderSource(spec))
                .put("cTime", Long.toString(order.cTime))
                .put("uTime", Long.toString(order.uTime))
                .put("tpslType", "normal")
                .put("cancelReason", order.cancelReason);
        node.putNull("triggerPrice");
        return node;
    }

    /** A JSON document inside a string, as Bitget sends it: {@code newFees.t} is the total fee (negative). */
    private static String feeDetail(SpotOrder order) {
        if (order.feeCoin == null) {
            return "";
        }
        ObjectNode detail = Json.object();
        detail.putObject("newFees")
                .put("c", 0)
                .put("d", 0)
                .put("deduction", false)
                .put("r", order.fee)
                .put("t", order.fee)
                .put("totalDeductionFee", 0);
        detail.putObject(order.feeCoin)
                .put("deduction", false)
                .put("feeCoinCode", order.feeCoin)
                .put("totalDeductionFee", 0)
                .put("totalFee", order.fee);
        return Json.write(detail);
    }

    private static String orderSource(SpotOrderRequest spec) {
        return spec.orderType() == OrderType.MARKET ? "market" : "normal";
    }

    /** Newest first; filters symbol, orderId, idLessThan (an orderId), startTime / endTime, limit. */
    private static List<SpotOrder> page(ApiRequest request, Predicate<SpotOrder> filter) {
        Params params = request.params();
        Optional<String> symbol = params.optionalSymbol();
        Optional<String> orderId = params.optional("orderId");
        Optional<Long> idLessThan = params.optionalLong("idLessThan");
        Optional<Long> startTime = params.optionalLong("startTime");
        Optional<Long> endTime = params.optionalLong("endTime");
        int limit = params.limit(MAX_PAGE, MAX_PAGE);
        return request.book().spotOrders.values().stream()
                .filter(filter)
                .filter(o -> symbol.map(o.request.symbol()::equals).orElse(true))
                .filter(o -> orderId.map(o.orderId::equals).orElse(true))
                .filter(o -> idLessThan.map(id -> Long.parseLong(o.orderId) < id).orElse(true))
                .filter(o -> startTime.map(t -> o.cTime >= t).orElse(true))
                .filter(o -> endTime.map(t -> o.cTime <= t).orElse(true))
                .sorted(Comparator.comparing((SpotOrder o) -> Long.parseLong(o.orderId)).reversed())
                .limit(limit).toList();
    }

    private static JsonNode fills(ApiRequest request) {
        Params params = request.params();
        Optional<String> symbol = params.optionalSymbol();
        Optional<String> orderId = params.optional("orderId");
        Optional<Long> idLessThan = params.optionalLong("idLessThan");
        Optional<Long> startTime = params.optionalLong("startTime");
        Optional<Long> endTime = params.optionalLong("endTime");
        int limit = params.limit(MAX_PAGE, MAX_PAGE);
        ArrayNode data = Json.array();
        request.book().spotFills.stream()
                .filter(f -> symbol.map(f.symbol()::equals).orElse(true))
                .filter(f -> orderId.map(f.orderId()::equals).orElse(true))
                .filter(f -> idLessThan.map(id -> Long.parseLong(f.tradeId()) < id).orElse(true))
                .filter(f -> startTime.map(t -> f.cTime() >= t).orElse(true))
                .filter(f -> endTime.map(t -> f.cTime() <= t).orElse(true))
                .sorted(Comparator.comparing((SpotFill f) -> Long.parseLong(f.tradeId())).reversed())
                .limit(limit)
                .forEach(fill -> {
                    ObjectNode node = data.addObject()
                            .put("userId", request.book().uid)
                            .put("symbol", fill.symbol())
                            .put("orderId", fill.orderId())
                            .put("tradeId", fill.tradeId())
                            .put("orderType", fill.orderType().wire())
                            .put("side", fill.side().wire())
                            .put("priceAvg", Json.text(fill.price()))
                            .put("size", Json.text(fill.size()))
                            .put("amount", Json.text(fill.amount()));
                    node.putObject("feeDetail")
                            .put("deduction", "no")
                            .put("feeCoin", fill.feeCoin())
                            .put("totalDeductionFee", "")
                            .put("totalFee", Json.text(fill.fee()));
                    node.put("tradeScope", fill.taker() ? "taker" : "maker")
                            .put("cTime", Long.toString(fill.cTime()))
                            .put("uTime", Long.toString(fill.cTime()));
                });
        return data;
    }
}
