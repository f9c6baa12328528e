package io.github.camelbitget.examples.trading.api;

import io.github.camelbitget.model.OrderResult;

/**
 * The clientOid of a new order names an order that exists already: the component found it and answered with it
 * instead of placing a second one ({@code CamelBitgetOrderRecovery=DUPLICATE}).
 */
final class DuplicateOrderException extends RuntimeException {

    private final OrderResult existing;

    DuplicateOrderException(OrderResult existing) {
        super("An order with clientOid " + existing.clientOid() + " exists already: order " + existing.orderId());
        this.existing = existing;
    }

    OrderResult existing() {
        return existing;
    }
}
