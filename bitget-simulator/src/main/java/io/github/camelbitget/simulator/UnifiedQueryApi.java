package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * v3 order and fill queries of a unified account: open orders, order history, one order, fills. Lists are
 * {@code {"list":[...],"cursor":".."}}, newest first; the cursor is the last item's id and asks for older ones.
 */
final class UnifiedQueryApi {

    private static final int MAX_PAGE = 100;
    private static final UnifiedFields LIST_FIELDS = UnifiedFields.of("category", "symbol", "startTime", "endTime", "limit", "cursor");
    private static final UnifiedFields ORDER_INFO_FIELDS = UnifiedFields.of("orderId", "clientOid");
    private static final UnifiedFields FILL_FIELDS = UnifiedFields.of("category", "orderId", "startTime", "endTime", "limit", "cursor");

    private UnifiedQueryApi() {
    }

    static void register(Routes routes) {
        routes.privateGet("/api/v3/trade/unfilled-orders", 20, UnifiedQueryApi::unfilledOrders)
                .privateGet("/api/v3/trade/history-orders", 20, UnifiedQueryApi::historyOrders)
                .privateGet("/api/v3/trade/order-info", 20, UnifiedQueryApi::orderInfo)
                .privateGet("/api/v3/trade/fills", 20, UnifiedQueryApi::fills);
    }

    /** {@code category} optional: all categories when omitted. */
    private static JsonNode unfilledOrders(ApiRequest request) {
        Params params = request.params();
        LIST_FIELDS.check(params);
        return orders(request, UnifiedCategory.optional(params), UnifiedOrder::isOpen);
    }

    /** Filled and cancelled orders of one {@code category} (required). */
    private static JsonNode historyOrders(ApiRequest request) {
        Params params = request.params();
        LIST_FIELDS.check(params);
        return orders(request, Optional.of(UnifiedCategory.required(params)), o -> !o.isOpen());
    }

    private static JsonNode orders(ApiRequest request, Optional<UnifiedCategory> category, Predicate<UnifiedOrder> state) {
        Params params = request.params();
        Optional<String> symbol = params.optionalSymbol();
        Optional<Long> startTime = params.optionalLong("startTime");
        Optional<Long> endTime = params.optionalLong("endTime");
        Optional<Long> cursor = params.optionalLong("cursor");
        int limit = params.limit(MAX_PAGE, MAX_PAGE);
        List<UnifiedOrder> page = UnifiedOrder.all(request.book()).stream()
                .filter(state)
                .filter(o -> category.map(c -> c == o.category()).orElse(true))
                .filter(o -> symbol.map(o.symbol()::equals).orElse(true))
                .filter(o -> startTime.map(t -> o.createdTime() >= t).orElse(true))
                .filter(o -> endTime.map(t -> o.createdTime() <= t).orElse(true))
                .filter(o -> cursor.map(c -> Long.parseLong(o.orderId()) < c).orElse(true))
                .limit(limit)
                .toList();
        return list(page, UnifiedOrder::toJson, UnifiedOrder::orderId);
    }

    /** Open and finished orders; unknown → {@code 25204}. */
    private static JsonNode orderInfo(ApiRequest request) {
        Params params = request.params();
        ORDER_INFO_FIELDS.check(params);
        return UnifiedOrder.find(request.book(), params.optional("orderId"), params.optional("clientOid"))
                .orElseThrow(UnifiedErrors::orderDoesNotExist)
                .toJson();
    }

    private static JsonNode fills(ApiRequest request) {
        Params params = request.params();
        FILL_FIELDS.check(params);
        Optional<UnifiedCategory> category = UnifiedCategory.optional(params);
        Optional<String> orderId = params.optional("orderId");
        Optional<Long> startTime = params.optionalLong("startTime");
        Optional<Long> endTime = params.optionalLong("endTime");
        Optional<Long> cursor = params.optionalLong("cursor");
        int limit = params.limit(MAX_PAGE, MAX_PAGE);
        List<UnifiedFill> page = UnifiedFill.all(request.book()).stream()
                .filter(f -> category.map(c -> c == f.category()).orElse(true))
                .filter(f -> orderId.map(f.orderId()::equals).orElse(true))
                .filter(f -> startTime.map(t -> f.createdTime() >= t).orElse(true))
                .filter(f -> endTime.map(t -> f.createdTime() <= t).orElse(true))
                .filter(f -> cursor.map(c -> Long.parseLong(f.execId()) < c).orElse(true))
                .limit(limit)
                .toList();
        return list(page, UnifiedFill::json, UnifiedFill::execId);
    }

    private static <T> ObjectNode list(List<T> page, Function<T, ObjectNode> json, Function<T, String> id) {
        ObjectNode data = Json.object();
        ArrayNode list = data.putArray("list");
        page.forEach(item -> list.add(json.apply(item)));
        return data.put("cursor", page.isEmpty() ? "" : id.apply(page.get(page.size() - 1)));
    }
}
