package io.github.camelbitget.examples.bridge;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Places the intents of one poll: each account's intents in their order, as the {@link PlacementPlanner} cuts them
 * into single and batch requests, and the accounts of the poll side by side. A request without a clear answer is sent
 * again (same clientOid, so an order cannot be doubled) after a pause that doubles each time, up to
 * {@code unsettledRetries} times; then the intent's result is UNKNOWN. The poll is done when every account is done:
 * meanwhile nothing new is consumed, which is the bridge's back-pressure.
 */
public final class OrderDesk {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ExchangeGateway gateway;
    private final PlacementPlanner planner;
    private final ExecutorService accountThreads;
    private final int unsettledRetries;
    private final Duration retryDelay;
    private final Clock clock;

    public OrderDesk(ExchangeGateway gateway, PlacementPlanner planner, ExecutorService accountThreads,
                     int unsettledRetries, Duration retryDelay, Clock clock) {
        this.gateway = gateway;
        this.planner = planner;
        this.accountThreads = accountThreads;
        this.unsettledRetries = unsettledRetries;
        this.retryDelay = retryDelay;
        this.clock = clock;
    }

    public Settlement execute(IntentBatch batch) throws InterruptedException {
        Map<String, List<OrderIntent>> byAccount = new LinkedHashMap<>();
        batch.intents().forEach(intent -> byAccount.computeIfAbsent(intent.account(), a -> new ArrayList<>())
                .add(intent));
        List<Future<Settlement>> accounts = new ArrayList<>();
        byAccount.values().forEach(intents -> accounts.add(accountThreads.submit(() -> executeInOrder(intents))));
        List<IntentResult> results = new ArrayList<>();
        List<DeadLetter> deadLetters = new ArrayList<>(batch.deadLetters());
        try {
            for (Future<Settlement> account : accounts) {
                Settlement settlement = account.get();
                results.addAll(settlement.results());
                deadLetters.addAll(settlement.deadLetters());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("placing the intents of a poll failed", e.getCause());
        } finally {
            accounts.forEach(account -> account.cancel(true));
        }
        return new Settlement(results, deadLetters);
    }

    /** One account's intents, one step after the other. */
    private Settlement executeInOrder(List<OrderIntent> intents) throws InterruptedException {
        Map<OrderIntent, IntentResult> results = new LinkedHashMap<>();
        List<DeadLetter> deadLetters = new ArrayList<>();
        for (PlacementPlanner.Step step : planner.plan(intents)) {
            List<OrderIntent> singles;
            if (step instanceof PlacementPlanner.Batch batch) {
                ExchangeGateway.BatchAnswer answer = gateway.sendBatch(batch.intents());
                answer.settled().forEach(result -> results.put(result.intent(), result));
                singles = answer.unsettled();
            } else {
                singles = List.of(((PlacementPlanner.Single) step).intent());
            }
            for (OrderIntent intent : singles) {
                Object outcome = executeSingle(intent);
                if (outcome instanceof IntentResult result) {
                    results.put(intent, result);
                } else {
                    deadLetters.add((DeadLetter) outcome);
                }
            }
        }
        List<IntentResult> inIntentOrder = intents.stream().filter(results::containsKey).map(results::get).toList();
        return new Settlement(inIntentOrder, deadLetters);
    }

    /** @return the intent's {@link IntentResult}, or a {@link DeadLetter} when the component refused it */
    private Object executeSingle(OrderIntent intent) throws InterruptedException {
        long sentAt = clock.millis();
        for (int attempt = 1; ; attempt++) {
            ExchangeGateway.Attempt answer = gateway.send(intent, attempt, sentAt);
            if (answer instanceof ExchangeGateway.Settled settled) {
                return settled.result();
            }
            if (answer instanceof ExchangeGateway.Refused refused) {
                return new DeadLetter(intent.source(), intent.account(), intent.intentId(), "refused by the component",
                        List.of(refused.reason()), requestText(intent), intent.receivedAt());
            }
            ExchangeGateway.Unsettled unsettled = (ExchangeGateway.Unsettled) answer;
            if (attempt > unsettledRetries) {
                return gateway.result(intent, ResultStatus.UNKNOWN, null, unsettled.code(), unsettled.message(), false,
                        attempt, sentAt);
            }
            Thread.sleep(retryDelay.toMillis() << (attempt - 1));
        }
    }

    private static String requestText(OrderIntent intent) {
        try {
            return JSON.writeValueAsString(intent.parameters());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the parameters of an intent are plain JSON values", e);
        }
    }
}
