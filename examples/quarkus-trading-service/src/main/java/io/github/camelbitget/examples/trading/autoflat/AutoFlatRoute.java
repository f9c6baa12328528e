package io.github.camelbitget.examples.trading.autoflat;

import java.time.Clock;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.examples.trading.TradingConfig;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.PositionMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * The original SDK's auto-flat recipe as a scheduled route: from {@code trading.auto-flat.at} (UTC) until midnight,
 * every open position is closed at market.
 */
@ApplicationScoped
public class AutoFlatRoute extends RouteBuilder {

    @Inject
    TradingConfig config;

    @Override
    public void configure() {
        TradingConfig.AutoFlat autoFlat = config.autoFlat();
        FlatSchedule schedule = new FlatSchedule(Clock.systemUTC(), autoFlat.at());

        // synchronous: the next check starts after this one's closes are answered, never beside them
        from("timer:auto-flat?synchronous=true&period=" + autoFlat.checkInterval().toMillis()).routeId("auto-flat")
                .autoStartup(autoFlat.enabled())
                .filter(exchange -> schedule.isFlatTime())
                .to("bitget:futures/positions")
                .split(body())
                    .filter(exchange -> exchange.getMessage().getBody(Position.class).total().signum() > 0)
                    .process(AutoFlatRoute::closeRequest)
                    .to("bitget:futures/closePosition")
                    .log("Auto-flat (" + schedule + "): closed ${header.CamelBitgetSymbol}");
    }

    /** Close this position; in hedge mode only its own leg. */
    private static void closeRequest(Exchange exchange) {
        Message message = exchange.getMessage();
        Position position = message.getBody(Position.class);
        message.setHeader(BitgetConstants.SYMBOL, position.symbol());
        if (position.posMode() == PositionMode.HEDGE) {
            message.setHeader(BitgetConstants.HOLD_SIDE, position.holdSide().wireValue());
        }
        message.setBody(null);
    }
}
