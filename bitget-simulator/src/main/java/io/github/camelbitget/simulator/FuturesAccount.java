package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The futures account of one product type inside a trading book: wallets per margin coin, settings, positions, orders. */
final class FuturesAccount {

    final ProductType productType;
    /** Cash balance per margin coin: deposits + realized PnL - fees. */
    final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    final Map<String, SymbolSettings> settings = new LinkedHashMap<>();
    final Map<String, Position> positions = new LinkedHashMap<>();
    final Map<String, FuturesOrder> orders = new LinkedHashMap<>();
    final List<FuturesFill> fills = new ArrayList<>();
    PositionMode positionMode;

    FuturesAccount(ProductType productType, PositionMode positionMode) {
        this.productType = productType;
        this.positionMode = positionMode;
    }

    SymbolSettings settings(String symbol) {
        return settings.computeIfAbsent(symbol, s -> new SymbolSettings());
    }

    BigDecimal balance(String coin) {
        return balances.getOrDefault(coin, BigDecimal.ZERO);
    }

    void credit(String coin, BigDecimal amount) {
        balances.merge(coin, amount, BigDecimal::add);
    }

    Optional<Position> position(String symbol, HoldSide side) {
        return Optional.ofNullable(positions.get(key(symbol, side)));
    }

    void putPosition(Position position) {
        positions.put(key(position.symbol, position.holdSide), position);
    }

    void removePosition(Position position) {
        positions.remove(key(position.symbol, position.holdSide));
    }

    List<FuturesOrder> openOrders() {
        return orders.values().stream().filter(o -> o.status.isOpen()).toList();
    }

    boolean hasPositionsOrOrders(String symbolOrNull) {
        boolean position = positions.values().stream().anyMatch(p -> symbolOrNull == null || p.symbol.equals(symbolOrNull));
        boolean order = openOrders().stream().anyMatch(o -> symbolOrNull == null || o.symbol().equals(symbolOrNull));
        return position || order;
    }

    private static String key(String symbol, HoldSide side) {
        return symbol + ':' + side.wire();
    }
}
