package io.github.camelbitget.examples.bridge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetCredentialsMissingException;
import io.github.camelbitget.exception.BitgetDuplicateClientOidException;
import io.github.camelbitget.exception.BitgetErrors;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.exception.RequestContext;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderOutcome;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;

/**
 * Sends intents to Bitget through the account's {@code bitget-<account>:} component, one request per call, and reads
 * the answer: settled (ACCEPTED or REJECTED), unsettled (no clear answer; sending again is safe), or refused by the
 * component before anything was sent (an invalid intent).
 */
public final class ExchangeGateway {

    /** The fields a batch request carries once for all its orders. */
    private static final Set<String> BATCH_FIELDS = Set.of("symbol", "productType", "marginMode", "marginCoin");

    private final ProducerTemplate template;
    private final Clock clock;

    public ExchangeGateway(ProducerTemplate template, Clock clock) {
        this.template = template;
        this.clock = clock;
    }

    /** The answer to one attempt. */
    public sealed interface Attempt permits Settled, Unsettled, Refused {
    }

    /** Bitget answered: ACCEPTED or REJECTED. */
    public record Settled(IntentResult result) implements Attempt {
    }

    /** No clear answer (timeout, 5xx, 429, the order's state unknown): the same request may be sent again. */
    public record Unsettled(String code, String message) implements Attempt {
    }

    /** The component refused the request before sending it: the intent is invalid. */
    public record Refused(String reason) implements Attempt {
    }

    /**
     * What a batch request settled, in the batch's order; the intents it left unsettled (its failure said nothing
     * about them, or they were refused as duplicates of an earlier delivery) go the single way with their clientOid.
     */
    public record BatchAnswer(List<IntentResult> settled, List<OrderIntent> unsettled) {
    }

    public static String componentName(String account) {
        return "bitget-" + account;
    }

    /** One request for one intent. */
    public Attempt send(OrderIntent intent, int attempt, long sentAt) {
        Exchange answer = template.send(uri(intent.account(), intent.operation().path()),
                exchange -> exchange.getMessage().setBody(new LinkedHashMap<>(intent.parameters())));
        Exception failure = answer.getException();
        if (failure == null) {
            return new Settled(accepted(intent, answer.getMessage(), attempt, sentAt));
        }
        if (failure instanceof BitgetValidationException || failure instanceof BitgetCredentialsMissingException) {
            return new Refused(failure.getMessage());
        }
        if (failure instanceof BitgetApiException api && !(api instanceof BitgetRateLimitException)
            && api.getHttpStatus() < 500) {
            return new Settled(result(intent, ResultStatus.REJECTED, null, api.getCode(), api.getDetail(), false,
                    attempt, sentAt));
        }
        if (failure instanceof BitgetException bitget) {
            return new Unsettled(code(bitget), bitget.getMessage());
        }
        throw new IllegalStateException("sending " + intent.label() + " failed unexpectedly", failure);
    }

    /** One batch-place-order request for futures orders of one symbol. */
    public BatchAnswer sendBatch(List<OrderIntent> intents) {
        long sentAt = clock.millis();
        OrderIntent first = intents.get(0);
        Map<String, Object> request = new LinkedHashMap<>();
        BATCH_FIELDS.forEach(field -> {
            if (first.parameters().containsKey(field)) {
                request.put(field, first.parameters().get(field));
            }
        });
        request.put("orderList", intents.stream().map(ExchangeGateway::batchItem).toList());
        Exchange answer = template.send(uri(first.account(), "futures/batchPlaceOrder"),
                exchange -> exchange.getMessage().setBody(request));
        Exception failure = answer.getException();
        if (failure instanceof BitgetException) {
            return new BatchAnswer(List.of(), intents);
        }
        if (failure != null) {
            throw new IllegalStateException("placing a batch of " + intents.size() + " failed unexpectedly", failure);
        }
        return settle(intents, answer.getMessage().getBody(OrderBatchResult.class), sentAt);
    }

    private BatchAnswer settle(List<OrderIntent> intents, OrderBatchResult answer, long sentAt) {
        Map<String, OrderOutcome> successes = new LinkedHashMap<>();
        answer.successList().forEach(outcome -> successes.put(outcome.clientOid(), outcome));
        Map<String, OrderOutcome> failures = new LinkedHashMap<>();
        answer.failureList().forEach(outcome -> failures.put(outcome.clientOid(), outcome));
        List<IntentResult> settled = new ArrayList<>();
        List<OrderIntent> unsettled = new ArrayList<>();
        for (OrderIntent intent : intents) {
            OrderOutcome success = successes.get(intent.clientOid());
            OrderOutcome failure = failures.get(intent.clientOid());
            if (success != null) {
                settled.add(new IntentResult(intent, ResultStatus.ACCEPTED, success.orderId(), intent.clientOid(),
                        List.of(), null, null, null, true, 1, sentAt, clock.millis()));
            } else if (failure != null && !isDuplicate(failure)) {
                settled.add(new IntentResult(intent, ResultStatus.REJECTED, null, intent.clientOid(), List.of(),
                        failure.errorCode(), failure.errorMsg(), null, true, 1, sentAt, clock.millis()));
            } else {
                unsettled.add(intent);
            }
        }
        return new BatchAnswer(settled, unsettled);
    }

    /** A batch item refused because an order with its clientOid exists: placed by an earlier delivery. */
    private static boolean isDuplicate(OrderOutcome failure) {
        RequestContext context = new RequestContext("futures/batchPlaceOrder", "POST",
                "/api/v2/mix/order/batch-place-order", Map.of());
        return BitgetErrors.toException(failure.errorCode(), failure.errorMsg(), context, 200, null)
                instanceof BitgetDuplicateClientOidException;
    }

    private static Map<String, Object> batchItem(OrderIntent intent) {
        Map<String, Object> item = new LinkedHashMap<>(intent.parameters());
        item.keySet().removeAll(BATCH_FIELDS);
        return item;
    }

    private IntentResult accepted(OrderIntent intent, Message answer, int attempt, long sentAt) {
        if (answer.getBody() instanceof OrderBatchResult closed) {
            List<String> orderIds = closed.successList().stream().map(OrderOutcome::orderId).toList();
            if (closed.hasFailures()) {
                OrderOutcome failure = closed.failureList().get(0);
                return new IntentResult(intent, ResultStatus.REJECTED, null, null, orderIds, failure.errorCode(),
                        failure.errorMsg(), null, false, attempt, sentAt, clock.millis());
            }
            return new IntentResult(intent, ResultStatus.ACCEPTED, null, null, orderIds, null, null, null, false,
                    attempt, sentAt, clock.millis());
        }
        Object recovery = answer.getHeader(BitgetConstants.ORDER_RECOVERY);
        return new IntentResult(intent, ResultStatus.ACCEPTED, answer.getHeader(BitgetConstants.ORDER_ID, String.class),
                answer.getHeader(BitgetConstants.CLIENT_OID, intent.clientOid(), String.class), List.of(), null, null,
                recovery == null ? null : recovery.toString(), false, attempt, sentAt, clock.millis());
    }

    /** A result without an answer body: REJECTED with Bitget's code, or UNKNOWN. */
    public IntentResult result(OrderIntent intent, ResultStatus status, String orderId, String code, String message,
                               boolean batched, int attempts, long sentAt) {
        return new IntentResult(intent, status, orderId, intent.clientOid(), List.of(), code, message, null, batched,
                attempts, sentAt, clock.millis());
    }

    private static String code(BitgetException failure) {
        if (failure instanceof BitgetApiException api) {
            return api.getCode();
        }
        return failure.getClass().getSimpleName().replace("Bitget", "").replace("Exception", "");
    }

    private static String uri(String account, String path) {
        return componentName(account) + ":" + path;
    }
}
