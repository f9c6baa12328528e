package io.github.camelbitget.unified;

import java.math.BigDecimal;
import java.util.List;

import io.github.camelbitget.model.Lists;

/** The one account of a unified key, with its coins ({@code GET /api/v3/account/assets}). */
public record UtaAssets(
        BigDecimal accountEquity,
        BigDecimal usdtEquity,
        BigDecimal btcEquity,
        BigDecimal unrealisedPnl,
        BigDecimal effEquity,
        BigDecimal mmr,
        BigDecimal imr,
        BigDecimal mgnRatio,
        List<Coin> assets) {

    public UtaAssets {
        assets = Lists.orEmpty(assets);
    }

    /** One coin of the account. */
    public record Coin(String coin, BigDecimal equity, BigDecimal usdValue, BigDecimal balance, BigDecimal available,
                       BigDecimal debt, BigDecimal locked) {
    }
}
