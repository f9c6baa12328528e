package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Futures orders: place, batch, cancel, modify, flash close, and the order and fill queries. */
final class FuturesTradeApi {

    private static final int MAX_BATCH = 50;
    private static final int MAX_PAGE = 100;

    private FuturesTradeApi() {
    }

    static void register(Routes routes) {
        routes.privatePost("/api/v2/mix/order/place-order", 10, FuturesTradeApi::placeOrder)
                .privatePost("/api/v2/mix/order/batch-place-order", 5, FuturesTradeApi::batchPlaceOrder)
                .privatePost("/api/v2/mix/order/cancel-order", 10, FuturesTradeApi::cancelOrder)
                .privatePost("/api/v2/mix/order/modify-order", 10, FuturesTradeApi::modifyOrder)
                .privatePost("/api/v2/mix/order/close-positions", 1, FuturesTradeApi::closePositions)
                .privateGet("/api/v2/mix/order/orders-pending", 10, FuturesTradeApi::ordersPending)
                .privateGet("/api/v2/mix/order/orders-history", 10, FuturesTradeApi::ordersHistory)
                .privateGet("/api/v2/mix/order/detail", 10, FuturesTradeApi::orderDetail)
                .privateGet("/api/v2/mix/order/fills", 10, FuturesTradeApi::fills);
    }

    // ---------------------------------------------------------------- commands

    private static JsonNode placeOrder(ApiRequest request) {
        FuturesOrder order = request.exchange().futures().place(request.book(), orderRequest(request.params(), request.params()),
                ClientOidRule.CLASSIC);
        return ids(order.orderId, order.clientOid);
    }

    /** Items succeed or fail one by one; the envelope is {@code 00000} either way. */
    private static JsonNode batchPlaceOrder(ApiRequest request) {
        Params params = request.params();
        params.requiredEnum("productType", ProductType.class);
        params.requiredSymbol();
        params.requiredEnum("marginMode", MarginMode.class);
        params.required("marginCoin");
        List<Params> items = params.list("orderList");
        if (items.isEmpty()) {
            throw BitgetError.parameterEmpty("orderList");
        }
        if (items.size() > MAX_BATCH) {
            throw BitgetError.parameterError("orderList");
        }
        ObjectNode data = Json.object();
        ArrayNode successes = data.putArray("successList");
        ArrayNode failures = data.putArray("failureList");
        for (Params item : items) {
            try {
                FuturesOrder order = request.exchange().futures().place(request.book(), orderRequest(params, item),
                        ClientOidRule.CLASSIC);
                successes.add(ids(order.orderId, order.clientOid));
            } catch (BitgetError e) {
                failures.addObject()
                        .put("orderId", "")
                        .put("clientOid", item.optional("clientOid").orElse(""))
                        .put("errorMsg", e.getMessage())
                        .put("errorCode", e.code());
            }
        }
        return data;
    }

    /** Order fields from {@code item}; the fields a batch shares (symbol, product type, margin) from {@code common}. */
    private static FuturesOrderRequest orderRequest(Params common, Params item) {
        ProductType type = common.requiredEnum("productType", ProductType.class);
        String symbol = common.requiredSymbol();
        MarginMode marginMode = common.requiredEnum("marginMode", MarginMode.class);
        String marginCoin = common.required("marginCoin").toUpperCase(Locale.ROOT);
        BigDecimal size = item.requiredPositiveDecimal("size");
        Side side = item.requiredEnum("side", Side.class);
        OrderType orderType = item.requiredEnum("orderType", OrderType.class);
        BigDecimal price = orderType == OrderType.LIMIT ? item.optionalPositiveDecimal("price").orElse(null) : null;
        return new FuturesOrderRequest(type, symbol, marginMode, marginCoin, size, price, side,
                item.optionalEnum("tradeSide", TradeSide.class).orElse(null),
                orderType,
                item.optionalEnum("force", Force.class).orElse(Force.GTC),
                item.optional("clientOid").orElse(null),
                item.optionalEnum("reduceOnly", YesNo.class).orElse(YesNo.NO) == YesNo.YES,
                item.optional("presetStopSurplusPrice").orElse(null),
                item.optional("presetStopLossPrice").orElse(null));
    }

    private static JsonNode cancelOrder(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        FuturesOrder order = request.exchange().futures().cancel(request.book(), type, symbol,
                params.optional("orderId").orElse(null), params.optional("clientOid").orElse(null));
        return ids(order.orderId, order.clientOid);
    }

    /** Answers with the modified order's id and the {@code newClientOid} that tracks the replacement. */
    private static JsonNode modifyOrder(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        String orderId = params.optional("orderId").orElse(null);
        String clientOid = params.optional("clientOid").orElse(null);
        String newClientOid = params.required("newClientOid");
        FuturesOrder original = FuturesEngine.find(request.book().futures(type), symbol, orderId, clientOid);
        FuturesOrder result = request.exchange().futures().modify(request.book(), type, symbol, orderId, clientOid,
                newClientOid, params.optionalPositiveDecimal("newSize").orElse(null),
                params.optionalPositiveDecimal("newPrice").orElse(null),
                params.optional("newPresetStopSurplusPrice").orElse(null),
                params.optional("newPresetStopLossPrice").orElse(null), ClientOidRule.CLASSIC);
        return ids(original.orderId, result.clientOid);
    }

    private static JsonNode closePositions(ApiRequest request) {
        Params params = request.params();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        List<FuturesOrder> orders = request.exchange().futures().closePositions(request.book(), type,
                params.optionalSymbol().orElse(null), params.optionalEnum("holdSide", HoldSide.class).orElse(null));
        ObjectNode data = Json.object();
        ArrayNode successes = data.putArray("successList");
        orders.forEach(order -> successes.add(ids(order.orderId, order.clientOid).put("symbol", order.symbol())));
        data.putArray("failureList");
        return data;
    }

    private static ObjectNode ids(String orderId, String clientOid) {
        return Json.object().put("orderId", orderId).put("clientOid", clientOid);
    }

    // ---------------------------------------------------------------- queries

    /** An empty page is {@code {"entrustedList":null,"endId":null}}, as observed at Bitget. */
    private static JsonNode ordersPending(ApiRequest request) {
        Params params = request.params();
        Optional<OrderStatus> status = params.optional("status").map(text -> switch (text.toLowerCase(Locale.ROOT)) {
            case "live" -> OrderStatus.LIVE;
            case "partially_filled" -> OrderStatus.PARTIALLY_FILLED;
            default -> throw BitgetError.parameterError("status");
        });
        List<FuturesOrder> page = page(request, o -> o.status.isOpen() && status.map(s -> s == o.status).orElse(true));
        ObjectNode data = Json.object();
        if (page.isEmpty()) {
            data.putNull("entrustedList");
        } else {
            ArrayNode list = data.putArray("entrustedList");
            page.forEach(order -> list.add(order(order)));
        }
        return endId(data, page.isEmpty() ? null : page.get(page.size() - 1).orderId);
    }

    private static JsonNode ordersHistory(ApiRequest request) {
        List<FuturesOrder> page = page(request, o -> !o.status.isOpen());
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("entrustedList");
        page.forEach(order -> list.add(order(order)
                .put("posAvg", order.priceAvg == null ? "" : Json.text(order.priceAvg))
                .put("liqPrice", "")));
        return endId(data, page.isEmpty() ? null : page.get(page.size() - 1).orderId);
    }

    private static ObjectNode endId(ObjectNode data, String endId) {
        if (endId == null) {
            data.putNull("endId");
        } else {
            data.put("endId", endId);
        }
        return data;
    }

    /** Newest first, with the v2 filters: symbol, orderId / clientOid, idLessThan, startTime / endTime, limit. */
    private static List<FuturesOrder> page(ApiRequest request, Predicate<FuturesOrder> filter) {
        Params params = request.params();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        Optional<String> symbol = params.optionalSymbol();
        Optional<String> orderId = params.optional("orderId");
        Optional<String> clientOid = params.optional("clientOid");
        Optional<Long> idLessThan = params.optionalLong("idLessThan");
        Optional<Long> startTime = params.optionalLong("startTime");
        Optional<Long> endTime = params.optionalLong("endTime");
        int limit = params.limit(MAX_PAGE, MAX_PAGE);
        Stream<FuturesOrder> orders = request.book().futures(type).orders.values().stream()
                .filter(filter)
                .filter(o -> symbol.map(o.symbol()::equals).orElse(true))
                .filter(o -> idLessThan.map(id -> Long.parseLong(o.orderId) < id).orElse(true))
                .filter(o -> startTime.map(t -> o.cTime >= t).orElse(true))
                .filter(o -> endTime.map(t -> o.cTime <= t).orElse(true));
        if (orderId.isPresent()) {
            orders = orders.filter(o -> o.orderId.equals(orderId.get()));
        } else if (clientOid.isPresent()) {
            orders = orders.filter(o -> o.clientOid.equals(clientOid.get()));
        }
        return orders.sorted(Comparator.comparing((FuturesOrder o) -> Long.parseLong(o.orderId)).reversed())
                .limit(limit).toList();
    }

    /** Finds filled and cancelled orders too. The sample calls the status {@code state}, the table {@code status}: both are sent. */
    private static JsonNode orderDetail(ApiRequest request) {
        Params params = request.params();
        String symbol = params.requiredSymbol();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        Optional<String> orderId = params.optional("orderId");
        Optional<String> clientOid = params.optional("clientOid");
        if (orderId.isEmpty() && clientOid.isEmpty()) {
            throw new BitgetError("40924", "orderId and clientOid must have one");
        }
        FuturesOrder order = request.book().futures(type).orders.values().stream()
                .filter(o -> o.symbol().equals(symbol))
                .filter(o -> orderId.isPresent() ? o.orderId.equals(orderId.get()) : o.clientOid.equals(clientOid.get()))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new BitgetError("40109", "The data of the order cannot be found, please confirm the order number"));
        ObjectNode node = order(order);
        node.put("state", order.status.futuresWire());
        return node.put("cancelReason", order.status == OrderStatus.CANCELLED ? "normal_cancel" : "");
    }

    private static ObjectNode order(FuturesOrder order) {
        FuturesOrderRequest request = order.request;
        boolean presetTp = order.presetStopSurplusPrice != null;
        boolean presetSl = order.presetStopLossPrice != null;
        return Json.object()
                .put("symbol", order.symbol())
                .put("size", Json.text(request.size()))
                .put("orderId", order.orderId)
                .put("clientOid", order.clientOid)
                .put("baseVolume", Json.text(order.filledSize))
                .put("fee", Json.text(order.fee))
                .put("price", request.price() == null ? "0" : Json.text(request.price()))
                .put("priceAvg", order.priceAvg == null ? "" : Json.text(order.priceAvg))
                .put("status", order.status.futuresWire())
                .put("side", request.side().wire())
                .put("force", request.force().wire())
                .put("totalProfits", Json.text(order.totalProfits))
                .put("posSide", order.posSide())
                .put("marginCoin", request.marginCoin())
                .put("quoteVolume", Json.text(order.quoteVolume))
                .put("leverage", Integer.toString(order.leverage))
                .put("marginMode", request.marginMode().wire())
                .put("reduceOnly", order.posMode == PositionMode.ONE_WAY && request.reduceOnly() ? "YES" : "NO")
                .put("enterPointSource", "API")
                .put("tradeSide", order.tradeSideWire())
                .put("posMode", order.posMode.wire())
                .put("orderType", request.orderType().wire())
                .put("orderSource", request.orderType() == OrderType.MARKET ? "market" : "normal")
                .put("cTime", Long.toString(order.cTime))
                .put("uTime", Long.toString(order.uTime))
                .put("presetStopSurplusPrice", presetTp ? order.presetStopSurplusPrice : "")
                .put("presetStopSurplusType", presetTp ? "fill_price" : "")
                .put("presetStopSurplusExecutePrice", "")
                .put("presetStopLossPrice", presetSl ? order.presetStopLossPrice : "")
                .put("presetStopLossType", presetSl ? "fill_price" : "")
                .put("presetStopLossExecutePrice", "");
    }

    private static JsonNode fills(ApiRequest request) {
        Params params = request.params();
        ProductType type = params.requiredEnum("productType", ProductType.class);
        Optional<String> symbol = params.optionalSymbol();
        Optional<String> orderId = params.optional("orderId");
        Optional<Long> idLessThan = params.optionalLong("idLessThan");
        Optional<Long> startTime = params.optionalLong("startTime");
        Optional<Long> endTime = params.optionalLong("endTime");
        int limit = params.limit(MAX_PAGE, MAX_PAGE);
        List<FuturesFill> page = request.book().futures(type).fills.stream()
                .filter(f -> symbol.map(f.symbol()::equals).orElse(true))
                .filter(f -> orderId.map(f.orderId()::equals).orElse(true))
                .filter(f -> idLessThan.map(id -> Long.parseLong(f.tradeId()) < id).orElse(true))
                .filter(f -> startTime.map(t -> f.cTime() >= t).orElse(true))
                .filter(f -> endTime.map(t -> f.cTime() <= t).orElse(true))
                .sorted(Comparator.comparing((FuturesFill f) -> Long.parseLong(f.tradeId())).reversed())
                .limit(limit).toList();
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("fillList");
        for (FuturesFill fill : page) {
            ObjectNode node = list.addObject()
                    .put("tradeId", fill.tradeId())
                    .put("symbol", fill.symbol())
                    .put("orderId", fill.orderId())
                    .put("price", Json.text(fill.price()))
                    .put("baseVolume", Json.text(fill.baseVolume()));
            node.putArray("feeDetail").addObject()
                    .put("deduction", "no")
                    .put("feeCoin", fill.feeCoin())
                    .put("totalDeductionFee", "0")
                    .put("totalFee", Json.text(fill.fee()));
            node.put("side", fill.side().wire())
                    .put("quoteVolume", Json.text(fill.quoteVolume()))
                    .put("profit", Json.text(fill.profit()))
                    .put("enterPointSource", "API")
                    .put("tradeSide", fill.tradeSide())
                    .put("posMode", fill.posMode().wire())
                    .put("tradeScope", fill.taker() ? "taker" : "maker")
                    .put("cTime", Long.toString(fill.cTime()));
        }
        return endId(data, page.isEmpty() ? null : page.get(page.size() - 1).tradeId());
    }
}
