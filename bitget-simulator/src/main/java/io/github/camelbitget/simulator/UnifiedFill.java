package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A spot or futures trade of a book as the v3 API shows it (bitget-v3-uta.md §7.5 fill fields). */
record UnifiedFill(String execId, String orderId, UnifiedCategory category, long createdTime, ObjectNode json) {

    /** Every trade of the book, newest first. */
    static List<UnifiedFill> all(TradingBook book) {
        List<UnifiedFill> fills = new ArrayList<>();
        for (SpotFill fill : book.spotFills) {
            SpotOrder order = book.spotOrders.get(fill.orderId());
            ObjectNode json = common(fill.tradeId(), order.orderId, order.clientOid, UnifiedCategory.SPOT, fill.symbol(),
                    fill.orderType(), fill.side(), fill.price(), fill.size(), fill.amount(), fill.taker())
                    .put("tradeSide", "");
            UnifiedOrder.feeDetail(json, fill.feeCoin(), fill.fee().negate());
            fills.add(new UnifiedFill(fill.tradeId(), fill.orderId(), UnifiedCategory.SPOT, fill.cTime(),
                    finish(json, BigDecimal.ZERO, fill.cTime())));
        }
        for (FuturesAccount account : book.futures.values()) {
            UnifiedCategory category = UnifiedCategory.of(account.productType);
            for (FuturesFill fill : account.fills) {
                FuturesOrder order = account.orders.get(fill.orderId());
                ObjectNode json = common(fill.tradeId(), order.orderId, order.clientOid, category, fill.symbol(),
                        order.request.orderType(), order.direction(), fill.price(), fill.baseVolume(), fill.quoteVolume(),
                        fill.taker())
                        .put("tradeSide", fill.tradeSide());
                UnifiedOrder.feeDetail(json, fill.feeCoin(), fill.fee().negate());
                fills.add(new UnifiedFill(fill.tradeId(), fill.orderId(), category, fill.cTime(),
                        finish(json, fill.profit(), fill.cTime())));
            }
        }
        fills.sort(Comparator.comparing((UnifiedFill f) -> Long.parseLong(f.execId())).reversed());
        return fills;
    }

    /** {@code execLinkId} names the counterparty's trade, which the simulator does not have: empty. */
    private static ObjectNode common(String execId, String orderId, String clientOid, UnifiedCategory category,
                                     String symbol, OrderType orderType, Side side, BigDecimal price, BigDecimal qty,
                                     BigDecimal value, boolean taker) {
        return Json.object()
                .put("execId", execId)
                .put("execLinkId", "")
                .put("orderId", orderId)
                .put("clientOid", clientOid)
                .put("category", category.wire())
                .put("symbol", symbol)
                .put("orderType", orderType.wire())
                .put("side", side.wire())
                .put("execPrice", Json.text(price))
                .put("execQty", Json.text(qty))
                .put("execValue", Json.text(value))
                .put("tradeScope", taker ? "taker" : "maker");
    }

    private static ObjectNode finish(ObjectNode json, BigDecimal pnl, long time) {
        return json.put("execPnl", Json.text(pnl))
                .put("createdTime", Long.toString(time))
                .put("updatedTime", Long.toString(time));
    }
}
