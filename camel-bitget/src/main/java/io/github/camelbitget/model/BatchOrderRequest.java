package io.github.camelbitget.model;

import java.util.List;

/** Up to 50 futures orders of one symbol for {@code bitget:futures/batchPlaceOrder}. */
public record BatchOrderRequest(
        String symbol,
        String productType,
        String marginCoin,
        MarginMode marginMode,
        List<BatchOrderItem> orderList) implements BitgetRequest {

    public static BatchOrderRequest of(String symbol, List<BatchOrderItem> orders) {
        return new BatchOrderRequest(symbol, null, null, null, orders);
    }
}
