package io.github.camelbitget.examples.bridge;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns the records of one poll into intents, and everything that must not reach Bitget into dead letters: a missing
 * or unknown account key, a value that is not UTF-8 JSON, a schema violation, a symbol the market does not list.
 */
public final class IntentReader {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Set<String> accounts;
    private final IntentSchema schema;
    private final SymbolCatalogue catalogue;
    private final BridgeMetrics metrics;
    private final Clock clock;

    public IntentReader(Set<String> accounts, IntentSchema schema, SymbolCatalogue catalogue, BridgeMetrics metrics,
                        Clock clock) {
        this.accounts = Set.copyOf(accounts);
        this.schema = schema;
        this.catalogue = catalogue;
        this.metrics = metrics;
        this.clock = clock;
    }

    public IntentBatch read(List<ConsumerRecord<byte[], byte[]>> records) {
        long receivedAt = clock.millis();
        List<OrderIntent> intents = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        for (ConsumerRecord<byte[], byte[]> consumed : records) {
            Message message = new Message(consumed, receivedAt);
            metrics.received(message.account);
            try {
                intents.add(message.toIntent());
            } catch (Invalid invalid) {
                deadLetters.add(message.deadLetter(invalid));
            }
        }
        return new IntentBatch(intents, deadLetters);
    }

    /** Why a message is not a valid intent. */
    private static final class Invalid extends Exception {

        private final List<String> details;

        Invalid(String reason, List<String> details) {
            super(reason, null, false, false);
            this.details = details;
        }
    }

    /** One record on its way to becoming an intent. */
    private final class Message {

        private final RecordSource source;
        private final String account;
        private final byte[] value;
        private final long receivedAt;
        private String intentId;

        Message(ConsumerRecord<byte[], byte[]> consumed, long receivedAt) {
            this.source = new RecordSource(consumed.topic(), consumed.partition(), consumed.offset(),
                    consumed.timestamp());
            this.account = consumed.key() == null ? null : new String(consumed.key(), StandardCharsets.UTF_8);
            this.value = consumed.value();
            this.receivedAt = receivedAt;
        }

        OrderIntent toIntent() throws Invalid {
            JsonNode json = parse();
            if (json.path("intentId").isTextual()) {
                intentId = json.get("intentId").asText();
            }
            if (account == null || account.isEmpty()) {
                throw new Invalid("no account: the message key must name the account", List.of());
            }
            if (!accounts.contains(account)) {
                throw new Invalid("unknown account '" + account + "'", List.of("configured: " + accounts));
            }
            List<String> violations = schema.violations(json);
            if (!violations.isEmpty()) {
                throw new Invalid("schema violation", violations);
            }
            IntentOperation operation = IntentOperation.fromPath(json.get("operation").asText()).orElseThrow();
            Map<String, Object> parameters = parameters(json);
            if (operation.placesOrder()) {
                parameters.put("clientOid", IntentClientOids.derive(account, intentId, source));
            }
            OrderIntent intent = new OrderIntent(intentId, account, operation, parameters, source, receivedAt);
            String market = operation.isSpot() ? SymbolCatalogue.SPOT : intent.productType();
            if (!catalogue.lists(market, intent.symbol())) {
                throw new Invalid("unknown symbol " + intent.symbol() + " on " + market, List.of());
            }
            return intent;
        }

        private JsonNode parse() throws Invalid {
            if (value == null || value.length == 0) {
                throw new Invalid("empty message", List.of());
            }
            String text;
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(value)).toString();
            } catch (CharacterCodingException e) {
                throw new Invalid("not UTF-8 text", List.of(e.toString()));
            }
            try {
                JsonNode json = JSON.readTree(text);
                if (json == null || !json.isObject()) {
                    throw new Invalid("not a JSON object", List.of());
                }
                return json;
            } catch (JsonProcessingException e) {
                throw new Invalid("not JSON", List.of(e.getOriginalMessage()));
            }
        }

        /** The Bitget fields of the intent: everything but intentId and operation. */
        private static Map<String, Object> parameters(JsonNode json) {
            Map<String, Object> parameters = new LinkedHashMap<>();
            json.properties().forEach(field -> {
                if (!"intentId".equals(field.getKey()) && !"operation".equals(field.getKey())) {
                    JsonNode node = field.getValue();
                    parameters.put(field.getKey(), node.isIntegralNumber() ? (Object) node.intValue() : node.asText());
                }
            });
            return parameters;
        }

        DeadLetter deadLetter(Invalid invalid) {
            String payload = value == null ? null : new String(value, StandardCharsets.UTF_8);
            return new DeadLetter(source, account, intentId, invalid.getMessage(), invalid.details, payload,
                    receivedAt);
        }
    }
}
