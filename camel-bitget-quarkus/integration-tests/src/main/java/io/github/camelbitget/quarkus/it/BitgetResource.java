package io.github.camelbitget.quarkus.it;

import java.util.List;
import java.util.Map;

import io.github.camelbitget.model.CancelOrderRequest;
import io.github.camelbitget.model.Candle;
import io.github.camelbitget.model.ClosePositionRequest;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.model.FuturesOrderRequest;
import io.github.camelbitget.model.FuturesTicker;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderResult;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Drives the bitget: endpoints over HTTP, so the same tests run against the JVM and the native application. Request
 * values travel in the body (a map keyed by option name, or a request record), never concatenated into an endpoint
 * URI, where a crafted value could set another option.
 */
@Path("/bitget")
@Produces(MediaType.APPLICATION_JSON)
public class BitgetResource {

    @Inject
    ProducerTemplate producer;

    @Inject
    PositionChanges positionChanges;

    @ConfigProperty(name = "camel.component.bitget.base-url")
    String baseUrl;

    @GET
    @Path("/futures/tickers/{symbol}")
    @SuppressWarnings("unchecked")
    public List<FuturesTicker> tickers(@PathParam("symbol") String symbol) {
        return producer.requestBody("bitget:futures/tickers", Map.of("symbol", symbol), List.class);
    }

    @GET
    @Path("/futures/candles/{symbol}")
    @SuppressWarnings("unchecked")
    public List<Candle> candles(@PathParam("symbol") String symbol,
                                @QueryParam("limit") @DefaultValue("100") String limit) {
        return producer.requestBody("bitget:futures/candles", Map.of("symbol", symbol, "limit", limit), List.class);
    }

    @GET
    @Path("/futures/orderbook/{symbol}")
    public OrderBook orderBook(@PathParam("symbol") String symbol) {
        return producer.requestBody("bitget:futures/orderbook", Map.of("symbol", symbol), OrderBook.class);
    }

    @GET
    @Path("/futures/accounts")
    @SuppressWarnings("unchecked")
    public List<FuturesAccount> accounts() {
        return producer.requestBody("direct:accounts", null, List.class);
    }

    /** The order as JSON, read by the application's Jackson into the component's request record. */
    @POST
    @Path("/futures/orders")
    public OrderResult placeOrder(FuturesOrderRequest order) {
        return producer.requestBody("bitget:futures/placeOrder", order, OrderResult.class);
    }

    @DELETE
    @Path("/futures/orders/{symbol}/{orderId}")
    public OrderResult cancelOrder(@PathParam("symbol") String symbol, @PathParam("orderId") String orderId) {
        return producer.requestBody("bitget:futures/cancelOrder", CancelOrderRequest.byOrderId(symbol, orderId),
                OrderResult.class);
    }

    @POST
    @Path("/futures/positions/{symbol}/close")
    public OrderBatchResult closePosition(@PathParam("symbol") String symbol) {
        return producer.requestBody("bitget:futures/closePosition", new ClosePositionRequest(symbol, null),
                OrderBatchResult.class);
    }

    @GET
    @Path("/futures/position-changes")
    public List<PositionChange> positionChanges() {
        return positionChanges.all();
    }

    @GET
    @Path("/base-url")
    public Map<String, String> baseUrl() {
        return Map.of("baseUrl", baseUrl);
    }
}
