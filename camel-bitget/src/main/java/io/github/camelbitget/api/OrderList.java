package io.github.camelbitget.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelbitget.exception.BitgetValidationException;

/**
 * The {@code orderList} of a futures batch order: up to 50 orders of one symbol, each checked and completed like a
 * single order (market by default, {@code gtc}, a generated clientOid, a price for limit orders).
 */
final class OrderList implements ValueType {

    static final OrderList INSTANCE = new OrderList();
    static final int MAX_ORDERS = 50;

    private OrderList() {
    }

    private static List<ParamSpec> itemSpecs() {
        return List.of(
                ParamSpec.required(Param.SIZE),
                ParamSpec.optional(Param.PRICE),
                ParamSpec.required(Param.SIDE),
                ParamSpec.optional(Param.TRADE_SIDE),
                ParamSpec.defaulted(Param.ORDER_TYPE, "market"),
                ParamSpec.defaulted(Param.FORCE, "gtc"),
                ParamSpec.optional(Param.CLIENT_OID),
                ParamSpec.optional(Param.REDUCE_ONLY),
                ParamSpec.optional(Param.PRESET_STOP_SURPLUS_PRICE),
                ParamSpec.optional(Param.PRESET_STOP_LOSS_PRICE));
    }

    @Override
    public Object normalize(Operation operation, String option, Object raw) {
        if (!(raw instanceof Collection<?> items) || items.isEmpty() || items.size() > MAX_ORDERS) {
            throw ValueTypes.invalid(operation, option, raw instanceof Collection<?> c ? c.size() + " orders" : raw,
                    accepted());
        }
        List<ParamSpec> specs = itemSpecs();
        List<RequestRule> rules = List.of(Rules.PRICE_FOR_LIMIT, Rules.GENERATE_CLIENT_OID);
        List<Map<String, String>> orders = new ArrayList<>(items.size());
        Set<String> clientOids = new HashSet<>();
        int index = 0;
        for (Object item : items) {
            String label = option + "[" + index++ + "]";
            RequestDraft draft;
            try {
                draft = RequestPreparer.complete(operation, specs, rules, BitgetJson.toParameters(item));
            } catch (BitgetValidationException e) {
                throw new BitgetValidationException(e.getOption(), label + ": " + e.getMessage());
            }
            if (!clientOids.add(draft.get(Param.CLIENT_OID))) {
                throw new BitgetValidationException(Param.CLIENT_OID.optionName(), label + ": clientOid '"
                        + draft.get(Param.CLIENT_OID) + "' is used twice in one batch; every order needs its own");
            }
            Map<String, String> order = new LinkedHashMap<>();
            for (ParamSpec spec : specs) {
                String value = draft.get(spec.param());
                if (value != null) {
                    order.put(spec.param().optionName(), value);
                }
            }
            orders.add(order);
        }
        return orders;
    }

    @Override
    public String accepted() {
        return "a list of 1 to " + MAX_ORDERS + " orders, each with size, side and optionally price, tradeSide,"
               + " orderType, force, clientOid, reduceOnly, presetStopSurplusPrice, presetStopLossPrice";
    }
}
