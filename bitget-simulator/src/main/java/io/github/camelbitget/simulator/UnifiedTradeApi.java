package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * v3 order commands of a unified account: place (one or a batch), cancel, modify, close positions and the
 * countdown cancel-all. Spot and futures orders share the endpoints and are told apart by {@code category}
 * (or, for an existing order, by the order itself). They trade on the same engines as v2 orders.
 */
final class UnifiedTradeApi {

    private static final int MAX_BATCH = 20;
    private static final int MIN_COUNTDOWN_SECONDS = 5;
    private static final int MAX_COUNTDOWN_SECONDS = 60;
    private static final UnifiedFields CANCEL_FIELDS = UnifiedFields.of("orderId", "clientOid", "category", "symbol");
    private static final UnifiedFields MODIFY_FIELDS = UnifiedFields.of("orderId", "clientOid", "qty", "price", "autoCancel",
            "symbol", "category");
    private static final UnifiedFields CLOSE_FIELDS = UnifiedFields.of("category", "symbol", "posSide");
    private static final UnifiedFields COUNTDOWN_FIELDS = UnifiedFields.of("countdown");

    private UnifiedTradeApi() {
    }

    static void register(Routes routes) {
        routes.privatePost("/api/v3/trade/place-order", 10, UnifiedTradeApi::placeOrder)
                .privatePost("/api/v3/trade/place-batch", 5, UnifiedTradeApi::placeBatch)
                .privatePost("/api/v3/trade/cancel-order", 10, UnifiedTradeApi::cancelOrder)
                .privatePost("/api/v3/trade/modify-order", 10, UnifiedTradeApi::modifyOrder)
                .privatePost("/api/v3/trade/close-positions", 5, UnifiedTradeApi::closePositions)
                .privatePost("/api/v3/trade/countdown-cancel-all", 1, UnifiedTradeApi::countdownCancelAll);
    }

    // ---------------------------------------------------------------- place

    private static JsonNode placeOrder(ApiRequest request) {
        return place(request, request.params());
    }

    private static ObjectNode place(ApiRequest request, Params params) {
        UnifiedOrderRequests.FIELDS.check(params);
        UnifiedCategory category = UnifiedCategory.required(params);
        if (category.isSpot()) {
            SpotOrderRequest order = UnifiedOrderRequests.spot(params);
            SpotOrder placed = UnifiedErrors.translate(true,
                    () -> request.exchange().spot().place(request.book(), order, ClientOidRule.UNIFIED));
            return ids(placed.orderId, placed.clientOid);
        }
        FuturesOrderRequest order = UnifiedOrderRequests.futures(request.exchange(), request.book(), category.productType(), params);
        FuturesOrder placed = UnifiedErrors.translate(false,
                () -> request.exchange().futures().place(request.book(), order, ClientOidRule.UNIFIED));
        return ids(placed.orderId, placed.clientOid);
    }

    /**
     * The body is a JSON array of place-order objects of one category. Items succeed or fail one by one; the
     * envelope is {@code 00000} either way and a successful item has an empty {@code code} and {@code msg}.
     */
    private static JsonNode placeBatch(ApiRequest request) {
        Params params = request.params();
        List<Params> items = params.elements();
        if (!params.names().isEmpty() || items.isEmpty()) {
            throw new BitgetError("40017", "Parameter verification failed, the body must be a JSON array of orders");
        }
        if (items.size() > MAX_BATCH) {
            throw new BitgetError("40017", "Parameter verification failed, at most " + MAX_BATCH + " orders per batch");
        }
        long categories = items.stream().map(item -> item.optional("category").orElse("").toUpperCase(Locale.ROOT)).distinct().count();
        if (categories > 1) {
            throw new BitgetError("40017", "Parameter verification failed, all orders of a batch must have the same category");
        }
        ArrayNode data = Json.array();
        for (Params item : items) {
            try {
                data.add(place(request, item).put("code", "").put("msg", ""));
            } catch (BitgetError e) {
                data.add(ids("", item.optional("clientOid").orElse("")).put("code", e.code()).put("msg", e.getMessage()));
            }
        }
        return data;
    }

    private static ObjectNode ids(String orderId, String clientOid) {
        return Json.object().put("orderId", orderId).put("clientOid", clientOid);
    }

    // ---------------------------------------------------------------- cancel and modify

    /** {@code orderId} wins over {@code clientOid}; a finished or unknown order is {@code 25204}. */
    private static JsonNode cancelOrder(ApiRequest request) {
        Params params = request.params();
        CANCEL_FIELDS.check(params);
        UnifiedOrder order = openOrder(request);
        if (order instanceof UnifiedOrder.Spot spot) {
            UnifiedErrors.translate(true, () -> request.exchange().spot().cancel(request.book(), spot.symbol(), spot.orderId(), null));
        } else {
            FuturesOrder futures = ((UnifiedOrder.Futures) order).order();
            UnifiedErrors.translate(false, () -> request.exchange().futures().cancel(request.book(),
                    futures.request.productType(), futures.symbol(), futures.orderId, null));
        }
        return ids(order.orderId(), order.clientOid());
    }

    /**
     * Changes {@code qty} and/or {@code price} of a resting limit order in place: orderId and clientOid stay.
     * With {@code autoCancel=yes} a refused amendment cancels the order.
     */
    private static JsonNode modifyOrder(ApiRequest request) {
        Params params = request.params();
        MODIFY_FIELDS.check(params);
        BigDecimal qty = params.optionalPositiveDecimal("qty").orElse(null);
        BigDecimal price = params.optionalPositiveDecimal("price").orElse(null);
        if (qty == null && price == null) {
            throw new BitgetError("40017", "Parameter verification failed, qty or price is required");
        }
        boolean autoCancel = params.optionalEnum("autoCancel", YesNo.class).orElse(YesNo.NO) == YesNo.YES;
        UnifiedOrder order = openOrder(request);
        if (order instanceof UnifiedOrder.Spot spot) {
            UnifiedErrors.translate(true, () -> request.exchange().spot().amend(request.book(), spot.order(), qty, price, autoCancel));
        } else {
            FuturesOrder futures = ((UnifiedOrder.Futures) order).order();
            UnifiedErrors.translate(false, () -> request.exchange().futures().amend(request.book(), futures, qty, price, autoCancel));
        }
        return ids(order.orderId(), order.clientOid());
    }

    /** The open order named by orderId or clientOid, matching {@code category} and {@code symbol} when given. */
    private static UnifiedOrder openOrder(ApiRequest request) {
        Params params = request.params();
        Optional<UnifiedCategory> category = UnifiedCategory.optional(params);
        Optional<String> symbol = params.optionalSymbol();
        return UnifiedOrder.find(request.book(), params.optional("orderId"), params.optional("clientOid"))
                .filter(UnifiedOrder::isOpen)
                .filter(o -> category.map(c -> c == o.category()).orElse(true))
                .filter(o -> symbol.map(o.symbol()::equals).orElse(true))
                .orElseThrow(UnifiedErrors::orderDoesNotExist);
    }

    // ---------------------------------------------------------------- positions and dead-man switch

    /** Market-closes the category's positions (or one symbol's, or one side's); none → {@code 25227}. */
    private static JsonNode closePositions(ApiRequest request) {
        Params params = request.params();
        CLOSE_FIELDS.check(params);
        ProductType type = UnifiedCategory.requiredFutures(params);
        Optional<String> symbol = params.optionalSymbol();
        Optional<HoldSide> posSide = params.optionalEnum("posSide", HoldSide.class);
        List<FuturesOrder> orders;
        try {
            orders = request.exchange().futures().closePositions(request.book(), type, symbol.orElse(null), posSide.orElse(null));
        } catch (BitgetError e) {
            if (e.code().equals("22002")) {
                throw new BitgetError("25227", "No position available to close");
            }
            throw UnifiedErrors.translate(e, false);
        }
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("list");
        orders.forEach(order -> list.add(ids(order.orderId, order.clientOid).put("code", "").put("msg", "")));
        return data;
    }

    /**
     * Arms the dead-man switch for {@code countdown} seconds (5 to 60) from now, or turns it off with {@code 0}.
     * When it runs out unrefreshed, every open order of the account is cancelled.
     */
    private static JsonNode countdownCancelAll(ApiRequest request) {
        Params params = request.params();
        COUNTDOWN_FIELDS.check(params);
        long seconds = params.optionalLong("countdown").orElseThrow(() -> BitgetError.parameterEmpty("countdown"));
        CountdownCancel countdown = request.book().countdown;
        if (seconds == 0) {
            countdown.disarm();
        } else if (seconds >= MIN_COUNTDOWN_SECONDS && seconds <= MAX_COUNTDOWN_SECONDS) {
            countdown.arm(request.now(), (int) seconds);
        } else {
            throw BitgetError.parameterError("countdown");
        }
        return TextNode.valueOf("success");
    }
}
