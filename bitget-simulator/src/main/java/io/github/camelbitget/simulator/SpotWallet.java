package io.github.camelbitget.simulator;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** Spot balances per coin: {@code available} and {@code frozen} (held by open orders). */
final class SpotWallet {

    static final class Balance {
        BigDecimal available = BigDecimal.ZERO;
        BigDecimal frozen = BigDecimal.ZERO;
        long uTime;
    }

    final Map<String, Balance> balances = new TreeMap<>();

    Balance balance(String coin) {
        return balances.computeIfAbsent(coin, c -> new Balance());
    }

    BigDecimal available(String coin) {
        Balance balance = balances.get(coin);
        return balance == null ? BigDecimal.ZERO : balance.available;
    }

    void credit(String coin, BigDecimal amount, long now) {
        Balance balance = balance(coin);
        balance.available = balance.available.add(amount);
        balance.uTime = now;
    }

    void freeze(String coin, BigDecimal amount, long now) {
        Balance balance = balance(coin);
        balance.available = balance.available.subtract(amount);
        balance.frozen = balance.frozen.add(amount);
        balance.uTime = now;
    }

    void unfreeze(String coin, BigDecimal amount, long now) {
        Balance balance = balance(coin);
        balance.frozen = balance.frozen.subtract(amount);
        balance.available = balance.available.add(amount);
        balance.uTime = now;
    }

    /** Takes {@code amount} out of the frozen part (an order's hold being spent). */
    void spendFrozen(String coin, BigDecimal amount, long now) {
        Balance balance = balance(coin);
        balance.frozen = balance.frozen.subtract(amount);
        balance.uTime = now;
    }
}
