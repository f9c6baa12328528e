package io.github.camelbitget.quarkus.it;

import java.math.BigDecimal;

import io.github.camelbitget.Change;
import io.github.camelbitget.model.HoldSide;

/** One exchange of the position consumer: the change header and the position it is about. */
public record PositionChange(Change change, String symbol, HoldSide holdSide, BigDecimal total) {
}
