package io.github.camelbitget.unified;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.github.camelbitget.api.AccountProfile;
import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Param;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.PositionMode;

/**
 * The v3 parameters of each operation, translated from its (v2-named) options: {@code productType} becomes
 * {@code category}, {@code size} {@code qty}, {@code force} {@code timeInForce}, {@code idLessThan} the
 * {@code cursor}, and a hedge-mode order names the position in {@code posSide} while {@code side} becomes the trade's
 * own direction (bitget-v3-uta.md §7.1, §12.3).
 */
public final class UnifiedRequests {

    /** Bitget's cap on the orders of one v3 batch. */
    public static final int MAX_BATCH_ORDERS = 20;

    private UnifiedRequests() {
    }

    public static Object none(PreparedRequest request, AccountProfile account) {
        return Map.of();
    }

    public static Object positions(PreparedRequest request, AccountProfile account) {
        return wire("category", category(request));
    }

    /** Open orders and order history of either market: v2 lists page with idLessThan, v3 with the cursor. */
    public static Object orderQuery(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = wire("category", category(request));
        copy(request, wire, Param.SYMBOL, "symbol");
        copy(request, wire, Param.START_TIME, "startTime");
        copy(request, wire, Param.END_TIME, "endTime");
        copy(request, wire, Param.LIMIT, "limit");
        copy(request, wire, Param.ID_LESS_THAN, "cursor");
        return wire;
    }

    public static Object fillQuery(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = wire("category", category(request));
        copy(request, wire, Param.ORDER_ID, "orderId");
        copy(request, wire, Param.START_TIME, "startTime");
        copy(request, wire, Param.END_TIME, "endTime");
        copy(request, wire, Param.LIMIT, "limit");
        copy(request, wire, Param.ID_LESS_THAN, "cursor");
        return wire;
    }

    /** Order detail and cancel name the order by orderId or clientOid; v3 needs neither symbol nor category. */
    public static Object orderName(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = new LinkedHashMap<>();
        copy(request, wire, Param.ORDER_ID, "orderId");
        copy(request, wire, Param.CLIENT_OID, "clientOid");
        return wire;
    }

    public static Object cancelOrder(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = wire("category", category(request));
        wire.putAll(castMap(orderName(request, account)));
        return wire;
    }

    public static Object placeOrder(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = wire("category", category(request));
        wire.putAll(order(request, account, request.parameters()));
        if (request.isGiven(Param.MARGIN_MODE)) {
            wire.put("marginMode", request.parameter(Param.MARGIN_MODE));
        }
        return wire;
    }

    /** A v3 batch is a JSON array of orders, each with its category and symbol, at most 20 of them. */
    public static Object batchPlaceOrder(PreparedRequest request, AccountProfile account) {
        List<?> orders = (List<?>) request.parameters().get(Param.ORDER_LIST.optionName());
        if (orders.size() > MAX_BATCH_ORDERS) {
            throw new BitgetValidationException(Param.ORDER_LIST.optionName(), request.operation() + ": a unified"
                    + " account takes at most " + MAX_BATCH_ORDERS + " orders per batch; got " + orders.size()
                    + " (split the list)");
        }
        List<Map<String, Object>> wire = new ArrayList<>(orders.size());
        int index = 0;
        for (Object item : orders) {
            Map<String, Object> order = castMap(item);
            for (Param unsupported : List.of(Param.REDUCE_ONLY, Param.PRESET_STOP_SURPLUS_PRICE,
                    Param.PRESET_STOP_LOSS_PRICE)) {
                if (order.containsKey(unsupported.optionName())) {
                    throw new BitgetValidationException(unsupported.optionName(), request.operation() + ": "
                            + Param.ORDER_LIST.optionName() + "[" + index + "]." + unsupported.optionName()
                            + " is not supported in batches of unified accounts; place that order with placeOrder");
                }
            }
            Map<String, Object> entry = wire("category", category(request));
            entry.putAll(order(request, account, order));
            if (request.isGiven(Param.MARGIN_MODE)) {
                entry.put("marginMode", request.parameter(Param.MARGIN_MODE));
            }
            wire.add(entry);
            index++;
        }
        return wire;
    }

    public static Object modifyOrder(PreparedRequest request, AccountProfile account) {
        for (Param unsupported : List.of(Param.NEW_PRESET_STOP_SURPLUS_PRICE, Param.NEW_PRESET_STOP_LOSS_PRICE)) {
            if (request.isGiven(unsupported)) {
                throw new BitgetValidationException(unsupported.optionName(), request.operation() + ": option '"
                        + unsupported.optionName() + "' is not supported for unified accounts, whose modify-order"
                        + " changes only size and price");
            }
        }
        Map<String, Object> wire = wire("category", category(request));
        copy(request, wire, Param.SYMBOL, "symbol");
        copy(request, wire, Param.ORDER_ID, "orderId");
        copy(request, wire, Param.CLIENT_OID, "clientOid");
        copy(request, wire, Param.NEW_SIZE, "qty");
        copy(request, wire, Param.NEW_PRICE, "price");
        return wire;
    }

    public static Object closePositions(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = wire("category", category(request));
        copy(request, wire, Param.SYMBOL, "symbol");
        copy(request, wire, Param.HOLD_SIDE, "posSide");
        return wire;
    }

    public static Object setLeverage(PreparedRequest request, AccountProfile account) {
        Map<String, Object> wire = wire("category", category(request));
        copy(request, wire, Param.SYMBOL, "symbol");
        copy(request, wire, Param.LEVERAGE, "leverage");
        copy(request, wire, Param.HOLD_SIDE, "posSide");
        return wire;
    }

    /** The v3 position mode is one switch for the whole account, whatever the product type. */
    public static Object setHoldMode(PreparedRequest request, AccountProfile account) {
        return wire("holdMode", request.parameter(Param.POS_MODE));
    }

    public static Object countdown(PreparedRequest request, AccountProfile account) {
        return wire("countdown", request.parameter(Param.COUNTDOWN));
    }

    /**
     * The fields of one order: quantity, price, direction, time in force (limit orders only; v3 rejects it on market
     * orders), clientOid and preset take-profit/stop-loss.
     */
    private static Map<String, Object> order(PreparedRequest request, AccountProfile account, Map<String, Object> order) {
        Map<String, Object> wire = new LinkedHashMap<>();
        wire.put("symbol", request.parameter(Param.SYMBOL));
        wire.put("qty", order.get(Param.SIZE.optionName()));
        put(wire, "price", order.get(Param.PRICE.optionName()));
        String orderType = String.valueOf(order.get(Param.ORDER_TYPE.optionName()));
        wire.put("orderType", orderType);
        if ("limit".equals(orderType)) {
            put(wire, "timeInForce", order.get(Param.FORCE.optionName()));
        }
        direction(request, account, order, wire);
        put(wire, "clientOid", order.get(Param.CLIENT_OID.optionName()));
        put(wire, "takeProfit", order.get(Param.PRESET_STOP_SURPLUS_PRICE.optionName()));
        put(wire, "stopLoss", order.get(Param.PRESET_STOP_LOSS_PRICE.optionName()));
        return wire;
    }

    /**
     * v2 names the position in {@code side} and says {@code tradeSide} open or close; v3 wants the trade's own
     * direction in {@code side} and the position in {@code posSide}: closing a long is a sell. In one-way mode v2
     * ignores tradeSide, so v3 gets side and reduceOnly (lower case) only.
     */
    private static void direction(PreparedRequest request, AccountProfile account, Map<String, Object> order,
                                  Map<String, Object> wire) {
        String side = String.valueOf(order.get(Param.SIDE.optionName()));
        Object tradeSide = order.get(Param.TRADE_SIDE.optionName());
        if (request.operation().market() == Market.SPOT) {
            wire.put("side", side);
            return;
        }
        PositionMode mode = account.holdMode() != null ? account.holdMode()
                : tradeSide != null ? PositionMode.HEDGE : PositionMode.ONE_WAY;
        if (mode == PositionMode.HEDGE) {
            if (tradeSide == null) {
                throw new BitgetValidationException(Param.TRADE_SIDE.optionName(), request.operation()
                        + ": the unified account is in hedge mode, so an order needs option 'tradeSide' (open or"
                        + " close) to say which position it opens or closes");
            }
            boolean close = "close".equals(tradeSide);
            wire.put("side", close ? opposite(side) : side);
            wire.put("posSide", "buy".equals(side) ? "long" : "short");
        } else {
            wire.put("side", side);
            Object reduceOnly = order.get(Param.REDUCE_ONLY.optionName());
            if (reduceOnly != null) {
                wire.put("reduceOnly", reduceOnly.toString().toLowerCase(Locale.ROOT));
            }
        }
    }

    private static String opposite(String side) {
        return "buy".equals(side) ? "sell" : "buy";
    }

    /** SPOT for spot operations, else the futures product type, which v3 spells the same way. */
    static String category(PreparedRequest request) {
        return request.operation().market() == Market.SPOT ? "SPOT" : request.parameter(Param.PRODUCT_TYPE);
    }

    private static Map<String, Object> wire(String name, Object value) {
        Map<String, Object> wire = new LinkedHashMap<>();
        put(wire, name, value);
        return wire;
    }

    private static void copy(PreparedRequest request, Map<String, Object> wire, Param param, String v3Name) {
        put(wire, v3Name, request.parameter(param));
    }

    private static void put(Map<String, Object> wire, String name, Object value) {
        if (value != null) {
            wire.put(name, value.toString());
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object map) {
        return (Map<String, Object>) map;
    }
}
