package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The futures account of one product type inside a trading book: cash per margin coin, settings, positions,
 * orders. A classic account keeps its own cash; in a unified account the cash is the book's one wallet, which
 * spot trading uses too.
 */
final class FuturesAccount {

    final ProductType productType;
    /** Classic accounts only: cash balance per margin coin, deposits + realized PnL - fees. */
    final Map<String, BigDecimal> balances = new LinkedHashMap<>();
    final Map<String, SymbolSettings> settings = new LinkedHashMap<>();
    final Map<String, Position> positions = new LinkedHashMap<>();
    final Map<String, FuturesOrder> orders = new LinkedHashMap<>();
    final List<FuturesFill> fills = new ArrayList<>();
    PositionMode positionMode;
    /** The unified account's wallet, or null while the account keeps its own cash. */
    private SpotWallet unifiedWallet;

    FuturesAccount(ProductType productType, PositionMode positionMode) {
        this.productType = productType;
        this.positionMode = positionMode;
    }

    SymbolSettings settings(String symbol) {
        return settings.computeIfAbsent(symbol, s -> new SymbolSettings());
    }

    /** Cash of a margin coin; in a unified account the wallet's part not held by spot orders. */
    BigDecimal balance(String coin) {
        return unifiedWallet != null ? unifiedWallet.available(coin) : balances.getOrDefault(coin, BigDecimal.ZERO);
    }

    void credit(String coin, BigDecimal amount, long now) {
        if (unifiedWallet != null) {
            unifiedWallet.credit(coin, amount, now);
        } else {
            balances.merge(coin, amount, BigDecimal::add);
        }
    }

    /** From now on the cash is {@code wallet}: the own cash moves into it. */
    void useUnifiedWallet(SpotWallet wallet, long now) {
        balances.forEach((coin, amount) -> wallet.credit(coin, amount, now));
        balances.clear();
        unifiedWallet = wallet;
    }

    /** Back to an own cash ledger, empty: the money stays in the wallet. */
    void leaveUnifiedWallet() {
        unifiedWallet = null;
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
