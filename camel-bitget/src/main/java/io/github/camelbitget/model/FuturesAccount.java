package io.github.camelbitget.model;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;

/** A futures account per margin coin ({@code GET /api/v2/mix/account/accounts}). */
public record FuturesAccount(
        String marginCoin,
        BigDecimal locked,
        BigDecimal available,
        BigDecimal crossedMaxAvailable,
        BigDecimal isolatedMaxAvailable,
        BigDecimal maxTransferOut,
        BigDecimal accountEquity,
        BigDecimal usdtEquity,
        BigDecimal btcEquity,
        BigDecimal crossedRiskRate,
        BigDecimal unrealizedPL,
        BigDecimal coupon,
        @JsonAlias("unionTotalMagin") BigDecimal unionTotalMargin,
        BigDecimal unionAvailable,
        BigDecimal unionMm,
        List<AccountAsset> assetList,
        BigDecimal isolatedMargin,
        BigDecimal crossedMargin,
        BigDecimal crossedUnrealizedPL,
        BigDecimal isolatedUnrealizedPL,
        String assetMode) {

    public FuturesAccount {
        assetList = Lists.orEmpty(assetList);
    }
}
