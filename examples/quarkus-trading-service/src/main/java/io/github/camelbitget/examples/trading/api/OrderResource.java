package io.github.camelbitget.examples.trading.api;

import java.util.List;
import java.util.Map;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.client.Recovery;
import io.github.camelbitget.examples.trading.bitget.BitgetGateway;
import io.github.camelbitget.model.CancelOrderRequest;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.OrderResult;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.apache.camel.Message;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Futures orders of the service's key: open orders, place, cancel. */
@Path("/api/orders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "orders")
public class OrderResource {

    @Inject
    BitgetGateway bitget;

    @GET
    @Operation(summary = "Open (pending) orders, of one symbol or all")
    public List<FuturesOrder> openOrders(
            @QueryParam("symbol") @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE) String symbol) {
        return bitget.list("futures/pendingOrders", symbol == null ? Map.of() : Map.of("symbol", symbol));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Place an order: market by default, isolated margin")
    @APIResponse(responseCode = "201", description = "Bitget accepted the order (accepted is not filled)")
    @APIResponse(responseCode = "400", description = "Invalid order",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "409", description = "An order with this clientOid exists (the message names it)",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "422", description = "Bitget refused the order, e.g. insufficient balance",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "429", description = "Too many requests",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "502", description = "No usable answer from Bitget",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    @APIResponse(responseCode = "503", description = "Bitget refused this service's key, or the order's fate is"
                                                     + " unknown: send it again later with the same clientOid",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public RestResponse<OrderResult> place(@NotNull @Valid PlaceOrderRequest order) {
        Message answer = bitget.send("futures/placeOrder", order.toBitget());
        OrderResult result = answer.getBody(OrderResult.class);
        if (answer.getHeader(BitgetConstants.ORDER_RECOVERY, Recovery.class) == Recovery.DUPLICATE) {
            throw new DuplicateOrderException(result);
        }
        return RestResponse.status(RestResponse.Status.CREATED, result);
    }

    @DELETE
    @Path("/{symbol}/{orderId}")
    @Operation(summary = "Cancel an open order")
    @APIResponse(responseCode = "404", description = "No such open order",
                 content = @Content(schema = @Schema(implementation = ErrorBody.class)))
    public OrderResult cancel(
            @PathParam("symbol") @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE) String symbol,
            @PathParam("orderId") @Pattern(regexp = Patterns.ORDER_ID, message = Patterns.ORDER_ID_MESSAGE)
            String orderId) {
        return bitget.call("futures/cancelOrder", CancelOrderRequest.byOrderId(symbol, orderId), OrderResult.class);
    }
}
