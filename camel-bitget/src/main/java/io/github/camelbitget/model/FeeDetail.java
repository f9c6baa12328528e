package io.github.camelbitget.model;

import java.math.BigDecimal;

/** Fee of a fill; fees are negative when paid. */
public record FeeDetail(String deduction, String feeCoin, BigDecimal totalDeductionFee, BigDecimal totalFee) {
}
