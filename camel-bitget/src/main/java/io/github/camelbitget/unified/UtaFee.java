package io.github.camelbitget.unified;

import java.math.BigDecimal;

/** One fee of a v3 order or fill; both fields are null while nothing has been charged. */
public record UtaFee(String feeCoin, BigDecimal fee) {
}
