package io.github.camelbitget.examples.bridge;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.support.DefaultMessage;

/**
 * The Kafka records of a settlement: one JSON result per intent on the results topic, keyed by account (so an
 * account's results keep their order), and one JSON dead letter per invalid intent on the dead-letter topic, keyed as
 * the intent was.
 */
public final class BridgeRecords {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String deadLetterTopic;

    public BridgeRecords(String deadLetterTopic) {
        this.deadLetterTopic = deadLetterTopic;
    }

    /** The records for camel-kafka's producer, which sends a list of messages as one record each. */
    public List<Message> toRecords(Settlement settlement, Exchange exchange) {
        List<Message> records = new ArrayList<>();
        for (IntentResult result : settlement.results()) {
            Message record = new DefaultMessage(exchange.getContext());
            record.setHeader(KafkaConstants.KEY, result.intent().account());
            record.setBody(text(result(result)));
            records.add(record);
        }
        for (DeadLetter deadLetter : settlement.deadLetters()) {
            Message record = new DefaultMessage(exchange.getContext());
            record.setHeader(KafkaConstants.OVERRIDE_TOPIC, deadLetterTopic);
            if (deadLetter.account() != null) {
                record.setHeader(KafkaConstants.KEY, deadLetter.account());
            }
            record.setBody(text(deadLetter(deadLetter)));
            records.add(record);
        }
        return records;
    }

    static ObjectNode result(IntentResult result) {
        OrderIntent intent = result.intent();
        ObjectNode json = JSON.createObjectNode();
        json.put("intentId", intent.intentId());
        json.put("account", intent.account());
        json.put("operation", intent.operation().path());
        json.put("symbol", intent.symbol());
        json.put("status", result.status().name());
        json.put("orderId", result.orderId());
        json.put("clientOid", result.clientOid());
        if (!result.orderIds().isEmpty()) {
            result.orderIds().forEach(json.putArray("orderIds")::add);
        }
        json.put("code", result.code());
        json.put("message", result.message());
        json.put("recovery", result.recovery());
        json.put("batched", result.batched());
        json.put("attempts", result.attempts());
        ObjectNode timing = json.putObject("timing");
        timing.put("intentTimestamp", intent.source().timestamp());
        timing.put("receivedAt", intent.receivedAt());
        timing.put("sentAt", result.sentAt());
        timing.put("completedAt", result.completedAt());
        timing.put("latencyMs", result.completedAt() - intent.receivedAt());
        source(json, intent.source());
        return json;
    }

    static ObjectNode deadLetter(DeadLetter deadLetter) {
        ObjectNode json = JSON.createObjectNode();
        json.put("intentId", deadLetter.intentId());
        json.put("account", deadLetter.account());
        json.put("reason", deadLetter.reason());
        deadLetter.details().forEach(json.putArray("details")::add);
        json.put("payload", deadLetter.payload());
        json.put("receivedAt", deadLetter.receivedAt());
        source(json, deadLetter.source());
        return json;
    }

    private static void source(ObjectNode json, RecordSource source) {
        ObjectNode node = json.putObject("source");
        node.put("topic", source.topic());
        node.put("partition", source.partition());
        node.put("offset", source.offset());
        node.put("timestamp", source.timestamp());
    }

    private static String text(ObjectNode json) {
        try {
            return JSON.writeValueAsString(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serializes", e);
        }
    }
}
