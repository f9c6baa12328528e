package io.github.camelbitget.model;

import java.math.BigDecimal;

/** One coin of a futures account's {@code assetList} (multi-asset mode). */
public record AccountAsset(String coin, BigDecimal balance, BigDecimal available) {
}
