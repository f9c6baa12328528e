package io.github.camelbitget.client;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetOrderNotFoundException;
import io.github.camelbitget.exception.BitgetTransportException;
import io.github.camelbitget.exception.RequestContext;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.SpotOrder;

/**
 * What to do when placing an order got no clear answer (timeout, connection reset, HTTP 5xx, Bitget's "unknown error")
 * or was refused as a duplicate clientOid: look the order up by its clientOid first. If it exists, that is the result;
 * if not, it is sent again with the same clientOid (at most {@code resends} times), so it can never exist twice.
 */
final class OrderRecovery {

    /** Bitget codes after which an order may or may not have been accepted (v2, and v3's system errors). */
    private static final Set<String> UNSETTLED_CODES = Set.of("40010", "40725", "45001", "25000", "25001", "25003");

    static boolean applies(PreparedRequest request) {
        return request.operation() == Operation.FUTURES_PLACE_ORDER
               || request.operation() == Operation.SPOT_PLACE_ORDER;
    }

    /**
     * Whether the order request itself went unanswered; a failure of a request made before it (Bitget's clock, the
     * account-type question) means the order was never sent.
     */
    static boolean isUnsettled(PreparedRequest order, Throwable failure) {
        if (failure instanceof BitgetTransportException transport) {
            return isOrder(order, transport.getContext());
        }
        return failure instanceof BitgetApiException api && isOrder(order, api.getContext())
               && (api.getHttpStatus() >= 500 || UNSETTLED_CODES.contains(api.getCode()));
    }

    private static boolean isOrder(PreparedRequest order, RequestContext failed) {
        return failed != null && order.operation().toString().equals(failed.operation());
    }

    /**
     * The order as Bitget knows it (an {@link OrderResult}), or empty when Bitget has no order with the request's
     * clientOid.
     *
     * @param send sends a read with the client's usual retries
     */
    static CompletableFuture<Optional<BitgetResponse>> lookup(
            PreparedRequest order, Function<PreparedRequest, CompletableFuture<BitgetResponse>> send) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("clientOid", order.clientOid());
        Operation detail;
        if (order.operation() == Operation.FUTURES_PLACE_ORDER) {
            detail = Operation.FUTURES_ORDER_DETAIL;
            parameters.put("symbol", order.parameters().get("symbol"));
            parameters.put("productType", order.parameters().get("productType"));
        } else {
            detail = Operation.SPOT_ORDER_DETAIL;
        }
        return send.apply(RequestPreparer.prepare(detail, order.mode(), parameters))
                .thenApply(response -> found(order, response.data()).map(result -> new BitgetResponse(result,
                        response.requestTime(), null, null, response.accountType())))
                .exceptionally(failure -> {
                    Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                    if (cause instanceof BitgetOrderNotFoundException) {
                        return Optional.empty();
                    }
                    throw new CompletionException(cause);
                });
    }

    private static Optional<OrderResult> found(PreparedRequest order, Object data) {
        if (data instanceof FuturesOrder futures) {
            return Optional.of(new OrderResult(futures.orderId(), order.clientOid()));
        }
        if (data instanceof List<?> list && !list.isEmpty()) {
            return Optional.of(new OrderResult(((SpotOrder) list.get(0)).orderId(), order.clientOid()));
        }
        return Optional.empty();
    }

    private OrderRecovery() {
    }
}
