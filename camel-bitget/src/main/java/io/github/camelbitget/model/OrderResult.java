package io.github.camelbitget.model;

/**
 * Bitget's answer to placing, cancelling or modifying an order. Acceptance is not a fill: look the order up with
 * {@code orderDetail} to see its state. {@code orderId} can be null for a one-way reduce-only order that replaced
 * older ones; the {@code clientOid} always identifies the order.
 */
public record OrderResult(String orderId, String clientOid) {
}
