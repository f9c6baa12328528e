package io.github.camelbitget.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.client.Recovery;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.simulator.OrderSnapshot;
import io.github.camelbitget.simulator.RecordedRequest;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** The component holds under the exchange's faults: load, clock skew, lost answers, 5xx bursts, long runs. */
class FaultsOnSimulatorTest extends SimulatorBitgetTestSupport {

    private static final String PLACE_ORDER = pathOf(Operation.FUTURES_PLACE_ORDER);

    @Test
    void twoHundredConcurrentOrdersStayWithinTheLimitWithoutA429() throws Exception {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        template.requestBody("bitget:futures/positions", (Object) null);
        ExecutorService threads = Executors.newFixedThreadPool(20);
        List<Future<Exchange>> orders = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                String clientOid = "load-" + i;
                orders.add(threads.submit(() -> template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy"
                                                                 + "&size=0.001&rateLimitMaxWait=60s&clientOid="
                                                                 + clientOid, null)));
            }
        } finally {
            threads.shutdown();
        }
        List<Exception> failures = new ArrayList<>();
        for (Future<Exchange> order : orders) {
            Exception failure = order.get().getException();
            if (failure != null) {
                failures.add(failure);
            }
        }

        assertThat(failures).isEmpty();

        List<RecordedRequest> sent = BITGET.simulator().requestLog().forPath(PLACE_ORDER);
        assertThat(sent).hasSize(200).allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
        assertThat(BITGET.simulator().requestLog().maxInAnyWindow(PLACE_ORDER, Duration.ofSeconds(1)))
                .isLessThanOrEqualTo(10);
        assertThat(BITGET.simulator().account().futuresOrders()).hasSize(200);
    }

    @Test
    void aClockFortyFiveSecondsAheadIsFollowed() {
        BITGET.simulator().faults().clockSkew(Duration.ofSeconds(45));

        Exchange accounts = template.request("bitget:futures/accounts", null);

        assertThat(accounts.getException()).isNull();
        assertThat(BITGET.simulator().requestLog().forPath(pathOf(Operation.FUTURES_ACCOUNTS)))
                .allSatisfy(request -> assertThat(request.status()).isEqualTo(200));
    }

    @Test
    void aClockThatDriftsLaterIsResyncedAfter40008() {
        template.request("bitget:futures/accounts", null);
        BITGET.simulator().faults().clockSkew(Duration.ofSeconds(-50));

        Exchange accounts = template.request("bitget:futures/accounts", null);

        assertThat(accounts.getException()).isNull();
        List<RecordedRequest> calls = BITGET.simulator().requestLog().forPath(pathOf(Operation.FUTURES_ACCOUNTS));
        assertThat(calls).extracting(RecordedRequest::code).containsExactly("00000", "40008", "00000");
        assertThat(BITGET.simulator().requestLog().forPath(pathOf(Operation.SERVER_TIME))).hasSize(2);
    }

    @Test
    void fiftyOrdersWhoseAnswersAreLostExistExactlyOnce() {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        BITGET.simulator().faults().dropResponse(PLACE_ORDER).times(50);

        List<Exchange> results = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            results.add(template.request("bitget:futures/placeOrder?symbol=ETHUSDT&side=buy&size=0.01&clientOid=lost-"
                                         + i, null));
        }

        assertThat(results).allSatisfy(result -> {
            assertThat(result.getException()).isNull();
            assertThat(result.getMessage().getHeader(BitgetConstants.ORDER_RECOVERY)).isEqualTo(Recovery.FOUND);
            assertThat(result.getMessage().getBody(OrderResult.class).orderId()).isNotBlank();
        });
        List<OrderSnapshot> orders = BITGET.simulator().account().futuresOrders();
        assertThat(orders).hasSize(50).extracting(OrderSnapshot::clientOid).doesNotHaveDuplicates();
        assertThat(BITGET.simulator().requestLog().forPath(PLACE_ORDER)).hasSize(50);
    }

    @Test
    void ordersLostBeforeReachingTheExchangeAreSentOnceMore() {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        List<Exchange> results = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            BITGET.simulator().faults().connectionReset(PLACE_ORDER).times(1);
            results.add(template.request("bitget:futures/placeOrder?symbol=ETHUSDT&side=buy&size=0.01", null));
        }

        assertThat(results).allSatisfy(result -> assertThat(result.getMessage()
                .getHeader(BitgetConstants.ORDER_RECOVERY)).isEqualTo(Recovery.RESENT));
        assertThat(BITGET.simulator().account().futuresOrders()).hasSize(3);
        assertThat(BITGET.simulator().requestLog().forPath(PLACE_ORDER)).hasSize(6);
    }

    @Test
    void burstsOfServerErrorsOnReadsEndInResults() {
        BITGET.simulator().faults().serverError(pathOf(Operation.FUTURES_TICKERS), 503).times(2);
        BITGET.simulator().faults().emptyServerError(pathOf(Operation.SPOT_TICKERS), 502).times(3);

        List<?> futures = template.requestBody("bitget:futures/tickers?retryDelay=10", (Object) null, List.class);
        List<?> spot = template.requestBody("bitget:spot/tickers?retryDelay=10", (Object) null, List.class);

        assertThat(futures).isNotEmpty();
        assertThat(spot).isNotEmpty();
        assertThat(BITGET.simulator().requestLog().forPath(pathOf(Operation.SPOT_TICKERS))).hasSize(4);
    }

    @Test
    void tenThousandCallsLeaveNoThreadsOrConnectionsBehind() throws Exception {
        BITGET.simulator().setRateLimitsEnabled(false);
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setRateLimitEnabled(false);
        for (int i = 0; i < 200; i++) {
            template.requestBody("bitget:spot/serverTime", (Object) null);
        }
        int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();
        long descriptorsBefore = openFileDescriptors();

        for (int i = 0; i < 10_000; i++) {
            template.requestBody(i % 2 == 0 ? "bitget:spot/serverTime" : "bitget:futures/accounts", (Object) null);
        }

        assertThat(ManagementFactory.getThreadMXBean().getThreadCount()).isLessThanOrEqualTo(threadsBefore + 5);
        assertThat(openFileDescriptors()).isLessThanOrEqualTo(descriptorsBefore + 10);
    }

    /** Sockets are file descriptors: counting /proc/self/fd shows leaked connections. */
    private static long openFileDescriptors() throws IOException {
        try (Stream<Path> descriptors = Files.list(Path.of("/proc/self/fd"))) {
            return descriptors.count();
        }
    }
}
