package io.github.camelbitget.examples.bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;

/**
 * For trying the bridge: publishes sample intents once the bridge runs, and logs every result and dead letter the
 * bridge publishes (group {@code kafka-order-bridge-samples}, from the start of the topics).
 */
public class SampleRoutes extends RouteBuilder {

    /** Reads from the start of the topic, and stops within a second. */
    private static final String LOG_CONSUMER
            = "groupId=kafka-order-bridge-samples&autoOffsetReset=earliest&shutdownTimeout=1000";

    private final SampleIntents samples;
    private final int count;

    public SampleRoutes(SampleIntents samples, int count) {
        this.samples = samples;
        this.count = count;
    }

    @Override
    public void configure() {
        from("timer:sample-intents?repeatCount=1&delay=2000").routeId("sample-intents")
                .process(this::sampleRecords)
                .to("kafka:{{bridge.topics.orders}}?synchronous=true")
                .log("Published " + count + " sample intents to {{bridge.topics.orders}}");

        from("kafka:{{bridge.topics.results}}?" + LOG_CONSUMER)
                .routeId("sample-results-log")
                .log("result: ${body}");

        from("kafka:{{bridge.topics.dead-letters}}?" + LOG_CONSUMER)
                .routeId("sample-dead-letters-log")
                .log(LoggingLevel.WARN, "dead letter: ${body}");
    }

    private void sampleRecords(Exchange exchange) {
        List<Message> records = new ArrayList<>();
        for (Map.Entry<String, String> intent : samples.generate(count)) {
            Message record = new DefaultMessage(exchange.getContext());
            record.setHeader(KafkaConstants.KEY, intent.getKey());
            record.setBody(intent.getValue());
            records.add(record);
        }
        exchange.getMessage().setBody(records);
    }
}
