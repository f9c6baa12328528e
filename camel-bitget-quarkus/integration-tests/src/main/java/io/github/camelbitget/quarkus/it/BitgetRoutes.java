package io.github.camelbitget.quarkus.it;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.Change;
import io.github.camelbitget.model.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/** A position consumer with changesOnly, and a private producer whose health check signs a request. */
@ApplicationScoped
public class BitgetRoutes extends RouteBuilder {

    @Inject
    PositionChanges positionChanges;

    @Override
    public void configure() {
        from("bitget:futures/positions?changesOnly=true&initialDelay=0&delay=300").routeId("position-changes")
                .process(exchange -> positionChanges.add(toChange(exchange.getMessage())));

        from("direct:accounts").routeId("accounts")
                .to("bitget:futures/accounts");
    }

    private static PositionChange toChange(Message message) {
        Position position = message.getBody(Position.class);
        return new PositionChange(message.getHeader(BitgetConstants.CHANGE, Change.class), position.symbol(),
                position.holdSide(), position.total());
    }
}
