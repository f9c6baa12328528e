package io.github.camelbitget.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One price level {@code [price, size]} of an order book; Bitget sends it as strings or numbers. */
@JsonFormat(shape = JsonFormat.Shape.ARRAY)
@JsonPropertyOrder({ "price", "size" })
public record OrderBookLevel(BigDecimal price, BigDecimal size) {
}
