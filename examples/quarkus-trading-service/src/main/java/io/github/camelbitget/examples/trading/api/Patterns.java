package io.github.camelbitget.examples.trading.api;

/** Shapes of request values, checked before anything reaches Bitget. */
final class Patterns {

    static final String SYMBOL = "[A-Z0-9]{2,40}";
    static final String SYMBOL_MESSAGE = "must be a symbol such as BTCUSDT";
    static final String ORDER_ID = "[0-9]{1,40}";
    static final String ORDER_ID_MESSAGE = "must be a Bitget order id";

    private Patterns() {
    }
}
