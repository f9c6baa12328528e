package io.github.camelbitget.examples.trading.api;

import java.util.List;
import java.util.Map;

import io.github.camelbitget.examples.trading.bitget.BitgetGateway;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderBook;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Public market data of USDT-margined perpetuals; no keys needed. */
@Path("/api/market")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "market")
public class MarketResource {

    @Inject
    BitgetGateway bitget;

    @GET
    @Path("/tickers")
    @Operation(summary = "Tickers of every perpetual, or of one symbol")
    public List<FuturesTicker> tickers(
            @QueryParam("symbol") @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE) String symbol) {
        return bitget.list("futures/tickers", symbol == null ? Map.of() : Map.of("symbol", symbol));
    }

    @GET
    @Path("/candles/{symbol}")
    @Operation(summary = "Candles, oldest first; the last one may still be open")
    public List<Candle> candles(
            @PathParam("symbol") @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE) String symbol,
            @QueryParam("granularity") @DefaultValue("1H") String granularity,
            @QueryParam("limit") @DefaultValue("100") String limit) {
        return bitget.list("futures/candles", Map.of("symbol", symbol, "granularity", granularity, "limit", limit));
    }

    @GET
    @Path("/orderbook/{symbol}")
    @Operation(summary = "Order book; each level is [price, size]")
    public OrderBook orderBook(
            @PathParam("symbol") @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE) String symbol,
            @QueryParam("limit") @DefaultValue("20") String limit) {
        return bitget.call("futures/orderbook", Map.of("symbol", symbol, "limit", limit), OrderBook.class);
    }
}
