package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one user owns in one environment (live or demo): spot wallet and orders, and a futures
 * account per product type. Demo and live books of a user share nothing.
 */
final class TradingBook {

    final String uid;
    final SpotWallet spotWallet = new SpotWallet();
    final Map<String, SpotOrder> spotOrders = new LinkedHashMap<>();
    final List<SpotFill> spotFills = new ArrayList<>();
    final Map<ProductType, FuturesAccount> futures = new EnumMap<>(ProductType.class);
    /** clientOids are unique per user and market; a repeat is rejected even after the order has ended. */
    final Set<String> spotClientOids = new HashSet<>();
    final Set<String> futuresClientOids = new HashSet<>();

    TradingBook(String uid, PositionMode positionMode) {
        this.uid = uid;
        for (ProductType type : ProductType.values()) {
            futures.put(type, new FuturesAccount(type, positionMode));
        }
    }

    FuturesAccount futures(ProductType type) {
        return futures.get(type);
    }

    /** Seeds balances: every coin into the spot wallet, and into each futures account that margins in it. */
    void fund(Map<String, BigDecimal> balances, Instruments instruments, long now) {
        balances.forEach((coin, amount) -> {
            spotWallet.credit(coin, amount, now);
            for (ProductType type : ProductType.values()) {
                if (instruments.marginCoins(type).contains(coin)) {
                    futures(type).credit(coin, amount);
                }
            }
        });
    }
}
