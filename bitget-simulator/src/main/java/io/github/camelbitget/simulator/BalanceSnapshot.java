package io.github.camelbitget.simulator;

import java.math.BigDecimal;

/**
 * A coin balance in one account: {@code account} is {@code SPOT} or a product type, or {@code UNIFIED} for the one
 * wallet of a unified account (balance = cash, available = what new orders may use, frozen = held by orders). For futures,
 * {@code balance} is the cash balance (deposits + realized PnL - fees), {@code available} what new orders may
 * use and {@code frozen} the margin held by resting orders; for spot, {@code balance = available + frozen}.
 */
public record BalanceSnapshot(String account, String coin, BigDecimal balance, BigDecimal available, BigDecimal frozen) {
}
