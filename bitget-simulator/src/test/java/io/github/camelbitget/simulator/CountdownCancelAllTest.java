package io.github.camelbitget.simulator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.util.List;

import static io.github.camelbitget.simulator.BitgetTestClient.body;
import static io.github.camelbitget.simulator.UnifiedFuturesTradingTest.PLACE;
import static io.github.camelbitget.simulator.UnifiedFuturesTradingTest.order;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The v3 dead-man switch runs on the simulator's clock, so moving the clock with {@code clockSkew} makes it
 * expire without waiting (the skew stays inside the ±30 s signature window).
 */
class CountdownCancelAllTest {

    private static final String COUNTDOWN = "/api/v3/trade/countdown-cancel-all";

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = BitgetSimulatorExtension.unified(b -> b.rateLimits(false));

    private BitgetTestClient client;

    @BeforeEach
    void setUp() {
        BITGET.reset();
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        client = new BitgetTestClient(BITGET.baseUrl());
    }

    private String restingFuturesOrder() {
        return client.post(PLACE, order("BTCUSDT", "buy", "0.01", "orderType", "limit", "price", "70000"))
                .data().get("orderId").asText();
    }

    private String restingSpotOrder() {
        return client.post(PLACE, body("category", "SPOT", "symbol", "BTCUSDT", "side", "sell", "orderType", "limit",
                "price", "90000", "qty", "0.1")).data().get("orderId").asText();
    }

    private void moveClock(int seconds) {
        BITGET.simulator().faults().clockSkew(Duration.ofSeconds(seconds));
    }

    @Test
    void expiryCancelsEveryOpenOrderOnce() throws InterruptedException {
        String futures = restingFuturesOrder();
        String spot = restingSpotOrder();
        assertThat(client.post(COUNTDOWN, body("countdown", "5")).data().asText()).isEqualTo("success");
        AccountView account = BITGET.simulator().account();
        long deadline = account.countdownDeadline().orElseThrow();

        moveClock(6);
        awaitTimerFiring(account);
        List<CountdownFiring> firings = account.countdownFirings();
        assertThat(firings).hasSize(1);
        assertThat(firings.get(0).cancelledOrderIds()).containsExactlyInAnyOrder(futures, spot);
        assertThat(firings.get(0).firedAt()).isGreaterThanOrEqualTo(deadline);
        assertThat(client.get("/api/v3/trade/unfilled-orders").data().get("list")).isEmpty();
        assertThat(account.futuresOrders()).extracting(OrderSnapshot::status).containsOnly("canceled");
        assertThat(account.spotOrders()).extracting(OrderSnapshot::status).containsOnly("cancelled");

        // the switch turned itself off: later orders stay
        restingFuturesOrder();
        moveClock(20);
        assertThat(account.countdownFirings()).hasSize(1);
        assertThat(client.get("/api/v3/trade/unfilled-orders").data().get("list")).hasSize(1);
    }

    @Test
    void aRefreshMovesTheDeadlineAndZeroTurnsItOff() {
        restingFuturesOrder();
        client.post(COUNTDOWN, body("countdown", "5"));
        moveClock(3);
        client.post(COUNTDOWN, body("countdown", "5"));
        moveClock(6);
        assertThat(BITGET.simulator().account().countdownFirings()).isEmpty();
        assertThat(client.get("/api/v3/trade/unfilled-orders").data().get("list")).hasSize(1);

        assertThat(client.post(COUNTDOWN, body("countdown", "0")).code()).isEqualTo("00000");
        assertThat(BITGET.simulator().account().countdownDeadline()).isEmpty();
        moveClock(20);
        assertThat(BITGET.simulator().account().countdownFirings()).isEmpty();
    }

    @Test
    void countdownOutsideFiveToSixtySecondsIsAParameterError() {
        for (String countdown : new String[] {"3", "61", "-1", "ten"}) {
            BitgetTestClient.Reply reply = client.post(COUNTDOWN, body("countdown", countdown));
            assertThat(reply.code()).as(countdown).isEqualTo("40020");
        }
        assertThat(client.post(COUNTDOWN, body()).code()).isEqualTo("40019");
        assertThat(client.post(COUNTDOWN, body("countdown", "10", "timeout", "10")).code()).isEqualTo("40034");
    }

    /** The simulator's timer fires due countdowns every 100 ms; reading the deadline does not fire them. */
    private static void awaitTimerFiring(AccountView account) throws InterruptedException {
        long giveUp = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (account.countdownDeadline().isPresent() && System.nanoTime() < giveUp) {
            Thread.sleep(20);
        }
        assertThat(account.countdownDeadline()).as("countdown still armed").isEmpty();
    }
}
