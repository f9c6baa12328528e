package io.github.camelbitget.model;

/** Names an order to cancel (or look up) by Bitget's {@code orderId} or by its {@code clientOid}. */
public record CancelOrderRequest(String symbol, String orderId, String clientOid) implements BitgetRequest {

    public static CancelOrderRequest byOrderId(String symbol, String orderId) {
        return new CancelOrderRequest(symbol, orderId, null);
    }

    public static CancelOrderRequest byClientOid(String symbol, String clientOid) {
        return new CancelOrderRequest(symbol, null, clientOid);
    }
}
