package io.github.camelbitget.examples.trading.positions;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.Change;
import io.github.camelbitget.examples.trading.TradingConfig;
import io.github.camelbitget.model.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.builder.RouteBuilder;

/**
 * Polls the positions of the service's key and publishes what opened, changed or closed. Its consumer health check
 * is the service's readiness: it goes DOWN when Bitget refuses the key or cannot be reached.
 */
@ApplicationScoped
public class PositionWatcherRoute extends RouteBuilder {

    @Inject
    TradingConfig config;

    @Inject
    PositionEvents events;

    @Override
    public void configure() {
        from("bitget:futures/positions?changesOnly=true&delay=" + config.positions().pollInterval().toMillis())
                .routeId("position-watcher")
                .process(exchange -> events.publish(new PositionEvent(
                        exchange.getMessage().getHeader(BitgetConstants.CHANGE, Change.class),
                        exchange.getMessage().getBody(Position.class))))
                .log("Position ${header.CamelBitgetChange}: ${header.CamelBitgetSymbol} ${header.CamelBitgetHoldSide}");
    }
}
