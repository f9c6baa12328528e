package io.github.camelbitget.journal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetDuplicateClientOidException;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderOutcome;
import io.github.camelbitget.model.OrderResult;

/**
 * Turns the requests of order operations into journal entries (one per order; a batch gives one per item) and Bitget's
 * answers into their outcomes.
 */
public final class JournalRecorder {

    private static final Set<Operation> JOURNALED = EnumSet.of(Operation.FUTURES_PLACE_ORDER,
            Operation.SPOT_PLACE_ORDER, Operation.FUTURES_BATCH_PLACE_ORDER, Operation.FUTURES_MODIFY_ORDER,
            Operation.FUTURES_CLOSE_POSITION, Operation.FUTURES_CANCEL_ORDER, Operation.SPOT_CANCEL_ORDER);

    private final Clock clock;

    public JournalRecorder(Clock clock) {
        this.clock = clock;
    }

    public static boolean isJournaled(Operation operation) {
        return JOURNALED.contains(operation);
    }

    /** The entries to write before sending this request, with status PENDING. */
    public List<TradeEntry> intents(PreparedRequest request) {
        Map<String, Object> parameters = request.parameters();
        Instant now = clock.instant();
        return switch (request.operation()) {
            case FUTURES_BATCH_PLACE_ORDER -> batchIntents(request, now);
            case FUTURES_MODIFY_ORDER -> List.of(entry(request, text(parameters, "newClientOid"),
                    text(parameters, "newClientOid"), parameters, text(parameters, "newSize"),
                    text(parameters, "newPrice"), now));
            case FUTURES_CLOSE_POSITION, FUTURES_CANCEL_ORDER, SPOT_CANCEL_ORDER ->
                List.of(entry(request, UUID.randomUUID().toString(), text(parameters, "clientOid"), parameters,
                        null, null, now));
            default -> List.of(entry(request, request.clientOid(), request.clientOid(), parameters,
                    text(parameters, "size"), text(parameters, "price"), now));
        };
    }

    private List<TradeEntry> batchIntents(PreparedRequest request, Instant now) {
        Map<String, Object> shared = new LinkedHashMap<>(request.parameters());
        List<?> orders = (List<?>) shared.remove("orderList");
        List<TradeEntry> entries = new ArrayList<>(orders.size());
        for (Object order : orders) {
            Map<String, Object> fields = new LinkedHashMap<>(shared);
            ((Map<?, ?>) order).forEach((key, value) -> fields.put(String.valueOf(key), value));
            String clientOid = text(fields, "clientOid");
            entries.add(entry(request, clientOid, clientOid, fields, text(fields, "size"), text(fields, "price"),
                    now));
        }
        return entries;
    }

    private static TradeEntry entry(PreparedRequest request, String id, String clientOid, Map<String, Object> fields,
                                    String size, String price, Instant now) {
        Operation operation = request.operation();
        String orderId = operation == Operation.FUTURES_MODIFY_ORDER ? null : text(fields, "orderId");
        return new TradeEntry(id, clientOid, request.mode().optionValue(), operation.market().uriName(),
                text(fields, "productType"), operation.operationName(), text(fields, "symbol"),
                text(fields, operation == Operation.FUTURES_CLOSE_POSITION ? "holdSide" : "side"),
                text(fields, "orderType"), text(fields, "tradeSide"), decimal(size), decimal(price),
                TradeStatus.PENDING, orderId, null, null, BitgetJson.write(fields), now, now);
    }

    /** The outcomes of Bitget's answer for the entries written before sending. */
    public List<TradeOutcome> outcomes(List<TradeEntry> entries, Object result) {
        Instant now = clock.instant();
        if (result == null) {
            return entries.stream().map(entry -> new TradeOutcome(entry.id(), TradeStatus.UNKNOWN, null, null,
                    "Bitget answered without order data", now)).toList();
        }
        if (result instanceof OrderResult order) {
            return entries.stream().map(entry -> new TradeOutcome(entry.id(), TradeStatus.ACCEPTED,
                    order.orderId(), null, null, now)).toList();
        }
        OrderBatchResult batch = (OrderBatchResult) result;
        if (entries.size() == 1 && "closePosition".equals(entries.get(0).operation())) {
            return List.of(closeOutcome(entries.get(0), batch, now));
        }
        Map<String, OrderOutcome> byClientOid = new LinkedHashMap<>();
        batch.successList().forEach(success -> byClientOid.put(success.clientOid(), success));
        batch.failureList().forEach(failure -> byClientOid.put(failure.clientOid(), failure));
        return entries.stream().map(entry -> {
            OrderOutcome outcome = byClientOid.get(entry.clientOid());
            if (outcome == null) {
                return new TradeOutcome(entry.id(), TradeStatus.UNKNOWN, null, null,
                        "not in Bitget's batch answer", now);
            }
            return outcome.errorCode() == null || outcome.errorCode().isEmpty()
                    ? new TradeOutcome(entry.id(), TradeStatus.ACCEPTED, outcome.orderId(), null, null, now)
                    : new TradeOutcome(entry.id(), TradeStatus.REJECTED, null, outcome.errorCode(),
                            outcome.errorMsg(), now);
        }).toList();
    }

    /** Close-positions answers with the orders it placed; it counts as accepted when at least one was. */
    private static TradeOutcome closeOutcome(TradeEntry entry, OrderBatchResult result, Instant now) {
        String orderIds = result.successList().stream().map(OrderOutcome::orderId).collect(Collectors.joining(","));
        String errorCodes = result.failureList().stream().map(OrderOutcome::errorCode)
                .collect(Collectors.joining(","));
        String errors = result.failureList().stream().map(f -> f.symbol() + ": " + f.errorMsg())
                .collect(Collectors.joining("; "));
        boolean accepted = !result.successList().isEmpty() || result.failureList().isEmpty();
        return new TradeOutcome(entry.id(), accepted ? TradeStatus.ACCEPTED : TradeStatus.REJECTED,
                orderIds.isEmpty() ? null : orderIds, errorCodes.isEmpty() ? null : errorCodes,
                errors.isEmpty() ? null : errors, now);
    }

    /**
     * The outcomes of a failed call: refused by Bitget (REJECTED with its code), or unanswered (UNKNOWN: the order may
     * exist). A duplicate clientOid means the order exists already, so its entry stays UNKNOWN until reconciled.
     */
    public List<TradeOutcome> failures(List<TradeEntry> entries, Throwable failure) {
        Instant now = clock.instant();
        return entries.stream().map(entry -> {
            if (failure instanceof BitgetApiException api && !(failure instanceof BitgetDuplicateClientOidException)) {
                return new TradeOutcome(entry.id(), TradeStatus.REJECTED, null, api.getCode(), api.getDetail(), now);
            }
            String code = failure instanceof BitgetApiException api ? api.getCode() : null;
            return new TradeOutcome(entry.id(), TradeStatus.UNKNOWN, null, code, failure.getMessage(), now);
        }).toList();
    }

    private static String text(Map<String, ?> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
