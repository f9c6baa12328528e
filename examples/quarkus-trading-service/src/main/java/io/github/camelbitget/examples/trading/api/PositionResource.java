package io.github.camelbitget.examples.trading.api;

import java.util.List;
import java.util.Map;

import io.github.camelbitget.examples.trading.bitget.BitgetGateway;
import io.github.camelbitget.examples.trading.positions.PositionEvent;
import io.github.camelbitget.examples.trading.positions.PositionEvents;
import io.github.camelbitget.model.ClosePositionRequest;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.Position;
import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/** Open futures positions: list, close at market, and a live stream of their changes. */
@Path("/api/positions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "positions")
public class PositionResource {

    @Inject
    BitgetGateway bitget;

    @Inject
    PositionEvents events;

    @GET
    @Operation(summary = "Open positions")
    public List<Position> positions() {
        return bitget.list("futures/positions", Map.of());
    }

    @POST
    @Path("/{symbol}/close")
    @Operation(summary = "Close a position at market; holdSide picks a leg in hedge mode (both legs when absent)")
    public OrderBatchResult close(
            @PathParam("symbol") @Pattern(regexp = Patterns.SYMBOL, message = Patterns.SYMBOL_MESSAGE) String symbol,
            @QueryParam("holdSide") @Pattern(regexp = "long|short", message = "must be long or short")
            String holdSide) {
        return bitget.call("futures/closePosition", new ClosePositionRequest(symbol, HoldSide.fromWire(holdSide)),
                OrderBatchResult.class);
    }

    @GET
    @Path("/changes")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(summary = "Server-sent events: every position opened, changed (size, side, leverage, margin, entry"
                         + " price) or closed, as the position watcher sees it")
    public Multi<PositionEvent> changes() {
        return events.stream();
    }
}
