package io.github.camelbitget.examples.bridge;

import org.apache.camel.builder.RouteBuilder;

/**
 * The bridge: the records of one poll become intents and dead letters, the intents are placed on Bitget, every
 * result and dead letter is published (the route waits for Kafka's acknowledgement of each), then each intent is
 * logged and counted. The intent consumer commits the poll's offsets only when this route returned without failure.
 */
public class BridgeRoutes extends RouteBuilder {

    /** Called by the {@link IntentConsumer} with the records of one poll. */
    public static final String INTENTS = "direct:intents";

    private static final String SETTLEMENT = "bridgeSettlement";

    @Override
    public void configure() {
        // a failure goes back to the intent consumer, which rewinds and processes the poll again
        errorHandler(noErrorHandler());

        from(INTENTS).routeId("order-bridge")
                .bean("intentReader", "read")
                .bean("orderDesk", "execute")
                .setProperty(SETTLEMENT, body())
                .bean("bridgeRecords", "toRecords")
                .to("kafka:{{bridge.topics.results}}?synchronous=true")
                .setBody(exchangeProperty(SETTLEMENT))
                .bean("settlementReport", "report");
    }
}
