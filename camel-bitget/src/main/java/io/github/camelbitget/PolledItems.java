package io.github.camelbitget;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import io.github.camelbitget.api.Operation;

/**
 * The operations a consumer can poll, with what identifies an item (the key fields) and which fields make it count
 * as changed by default. Mark price, PnL and timestamps move on every poll and are left out.
 */
enum PolledItems {
    FUTURES_TICKERS(Operation.FUTURES_TICKERS, List.of("symbol"), List.of("lastPr")),
    SPOT_TICKERS(Operation.SPOT_TICKERS, List.of("symbol"), List.of("lastPr")),
    FUTURES_POSITIONS(Operation.FUTURES_POSITIONS, List.of("symbol", "holdSide", "marginCoin"),
            List.of("total", "available", "holdSide", "leverage", "marginMode", "openPriceAvg")),
    FUTURES_PENDING_ORDERS(Operation.FUTURES_PENDING_ORDERS, List.of("orderId"),
            List.of("status", "size", "price", "baseVolume")),
    FUTURES_ACCOUNTS(Operation.FUTURES_ACCOUNTS, List.of("marginCoin"), List.of("available", "locked")),
    SPOT_ASSETS(Operation.SPOT_ASSETS, List.of("coin"), List.of("available", "frozen", "locked")),
    SPOT_OPEN_ORDERS(Operation.SPOT_OPEN_ORDERS, List.of("orderId"),
            List.of("status", "size", "priceAvg", "baseVolume"));

    private final Operation operation;
    private final List<String> keyFields;
    private final List<String> changeFields;

    PolledItems(Operation operation, List<String> keyFields, List<String> changeFields) {
        this.operation = operation;
        this.keyFields = keyFields;
        this.changeFields = changeFields;
    }

    Operation operation() {
        return operation;
    }

    List<String> keyFields() {
        return keyFields;
    }

    List<String> defaultChangeFields() {
        return changeFields;
    }

    static PolledItems of(Operation operation) {
        for (PolledItems items : values()) {
            if (items.operation == operation) {
                return items;
            }
        }
        throw new IllegalArgumentException("bitget:" + operation + " cannot be consumed; a consumer polls one of: "
                                           + Arrays.stream(values()).map(items -> "bitget:" + items.operation)
                                                   .collect(Collectors.joining(", ")));
    }
}
