package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A spot or futures order of a book as the v3 API shows it (bitget-v3-uta.md §7.5, §11.8). */
sealed interface UnifiedOrder permits UnifiedOrder.Spot, UnifiedOrder.Futures {

    String orderId();

    String clientOid();

    UnifiedCategory category();

    String symbol();

    long createdTime();

    boolean isOpen();

    ObjectNode toJson();

    /** Every order of the book, newest first. */
    static List<UnifiedOrder> all(TradingBook book) {
        List<UnifiedOrder> orders = new ArrayList<>();
        book.spotOrders.values().forEach(order -> orders.add(new Spot(order)));
        book.futures.values().forEach(account -> account.orders.values().forEach(order -> orders.add(new Futures(order))));
        orders.sort(Comparator.comparing((UnifiedOrder o) -> Long.parseLong(o.orderId())).reversed());
        return orders;
    }

    /** By orderId, else the newest order with the clientOid (only one of them can be open). */
    static Optional<UnifiedOrder> find(TradingBook book, Optional<String> orderId, Optional<String> clientOid) {
        if (orderId.isEmpty() && clientOid.isEmpty()) {
            throw BitgetError.parameterEmpty("orderId");
        }
        return all(book).stream()
                .filter(o -> orderId.isPresent() ? o.orderId().equals(orderId.get()) : o.clientOid().equals(clientOid.get()))
                .findFirst();
    }

    record Spot(SpotOrder order) implements UnifiedOrder {

        @Override
        public String orderId() {
            return order.orderId;
        }

        @Override
        public String clientOid() {
            return order.clientOid;
        }

        @Override
        public UnifiedCategory category() {
            return UnifiedCategory.SPOT;
        }

        @Override
        public String symbol() {
            return order.request.symbol();
        }

        @Override
        public long createdTime() {
            return order.cTime;
        }

        @Override
        public boolean isOpen() {
            return order.status.isOpen();
        }

        /** A market buy's {@code qty} is its quote amount, also reported as {@code amount}. */
        @Override
        public ObjectNode toJson() {
            SpotOrderRequest request = order.request;
            ObjectNode node = common(this, request.orderType(), request.side(), request.price(), request.size(),
                    request.sizeInQuote() ? request.size() : BigDecimal.ZERO, order.baseVolume, order.quoteVolume,
                    order.priceAvg, request.force() == null ? Force.GTC : request.force(), order.status)
                    .put("posSide", "")
                    .put("holdMode", "")
                    .put("tradeSide", "")
                    .put("reduceOnly", "NO")
                    .put("stpMode", "none");
            feeDetail(node, order.feeCoin, order.fee.negate());
            return finish(node, order.cancelReason, "", "", order.cTime, order.uTime);
        }
    }

    record Futures(FuturesOrder order) implements UnifiedOrder {

        @Override
        public String orderId() {
            return order.orderId;
        }

        @Override
        public String clientOid() {
            return order.clientOid;
        }

        @Override
        public UnifiedCategory category() {
            return UnifiedCategory.of(order.request.productType());
        }

        @Override
        public String symbol() {
            return order.symbol();
        }

        @Override
        public long createdTime() {
            return order.cTime;
        }

        @Override
        public boolean isOpen() {
            return order.status.isOpen();
        }

        /** {@code side} is the trade direction; {@code posSide} is empty for one-way orders. */
        @Override
        public ObjectNode toJson() {
            FuturesOrderRequest request = order.request;
            boolean hedge = order.posMode == PositionMode.HEDGE;
            ObjectNode node = common(this, request.orderType(), order.direction(), request.price(), request.size(),
                    BigDecimal.ZERO, order.filledSize, order.quoteVolume, order.priceAvg, request.force(), order.status)
                    .put("posSide", hedge ? order.hedgeHoldSide().wire() : "")
                    .put("holdMode", order.posMode.wire())
                    .put("tradeSide", order.tradeSideWire())
                    .put("reduceOnly", !hedge && request.reduceOnly() ? "YES" : "NO")
                    .put("stpMode", "none");
            feeDetail(node, request.marginCoin(), order.fee.negate());
            String cancelReason = order.status == OrderStatus.CANCELLED ? "normal_cancel" : "";
            return finish(node, cancelReason, order.presetStopSurplusPrice, order.presetStopLossPrice, order.cTime, order.uTime);
        }
    }

    private static ObjectNode common(UnifiedOrder order, OrderType type, Side side, BigDecimal price, BigDecimal qty,
                                     BigDecimal amount, BigDecimal cumExecQty, BigDecimal cumExecValue,
                                     BigDecimal avgPrice, Force timeInForce, OrderStatus status) {
        return Json.object()
                .put("orderId", order.orderId())
                .put("clientOid", order.clientOid())
                .put("category", order.category().wire())
                .put("symbol", order.symbol())
                .put("orderType", type.wire())
                .put("side", side.wire())
                .put("price", price == null ? "0" : Json.text(price))
                .put("qty", Json.text(qty))
                .put("amount", Json.text(amount))
                .put("cumExecQty", Json.text(cumExecQty))
                .put("cumExecValue", Json.text(cumExecValue))
                .put("avgPrice", avgPrice == null ? "0" : Json.text(avgPrice))
                .put("timeInForce", timeInForce.wire())
                .put("orderStatus", status.unifiedWire());
    }

    /** One entry per fee coin; Bitget shows {@code {"feeCoin":null,"fee":null}} while nothing was paid. */
    static void feeDetail(ObjectNode node, String feeCoin, BigDecimal paid) {
        ObjectNode fee = node.putArray("feeDetail").addObject();
        if (feeCoin == null || paid.signum() == 0) {
            fee.putNull("feeCoin");
            fee.putNull("fee");
        } else {
            fee.put("feeCoin", feeCoin).put("fee", Json.text(paid));
        }
    }

    private static ObjectNode finish(ObjectNode node, String cancelReason, String takeProfit, String stopLoss,
                                     long createdTime, long updatedTime) {
        return node.put("cancelReason", cancelReason)
                .put("execType", "normal")
                .put("takeProfit", takeProfit == null ? "" : takeProfit)
                .put("stopLoss", stopLoss == null ? "" : stopLoss)
                .put("createdTime", Long.toString(createdTime))
                .put("updatedTime", Long.toString(updatedTime));
    }
}
