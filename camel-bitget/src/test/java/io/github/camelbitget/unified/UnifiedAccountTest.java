package io.github.camelbitget.unified;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.api.AccountType;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.exception.BitgetUnsupportedOperationException;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.simulator.CountdownFiring;
import io.github.camelbitget.simulator.RecordedRequest;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.test.junit5.CamelContextConfiguration;
import org.junit.jupiter.api.Test;

/**
 * A classic account that Bitget upgrades to a unified trading account while the routes run, and what only unified
 * accounts have, on the simulator (whose default key starts classic in this test).
 */
class UnifiedAccountTest extends SimulatorBitgetTestSupport {

    private static final String KEY = BITGET.apiKey().apiKey();

    @Override
    public void configureContext(CamelContextConfiguration configuration) {
        super.configureContext(configuration);
        // started by the dead-man switch test only
        configuration.withAutoStartupExcludePatterns("dead-man-switch");
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RouteBuilder() {
            @Override
            public void configure() {
                // tag::dead-man-switch[]
                from("timer:dead-man-switch?period=5000")
                        .routeId("dead-man-switch")
                        .to("bitget:futures/countdownCancelAll?countdown=15");
                // end::dead-man-switch[]
            }
        };
    }

    private Exchange place(String uri) {
        return template.request("bitget:futures/placeOrder?" + uri, null);
    }

    private List<Position> positions() {
        return template.requestBody("bitget:futures/positions", (Object) null, List.class);
    }

    @Test
    void anAccountUpgradedWhileRoutesRunKeepsTradingWithEveryOrderPlacedOnce() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        Exchange before = place("symbol=BTCUSDT&side=buy&size=0.01&clientOid=before-upgrade");
        assertThat(before.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.CLASSIC);

        BITGET.simulator().upgradeToUnified(KEY);
        Exchange after = place("symbol=BTCUSDT&side=buy&size=0.01&clientOid=after-upgrade");

        assertThat(after.getException()).isNull();
        assertThat(after.getMessage().getHeader(BitgetConstants.ACCOUNT_TYPE)).isEqualTo(AccountType.UNIFIED);
        assertThat(BITGET.simulator().requestLog().forPath(Operation.FUTURES_PLACE_ORDER.path()))
                .extracting(RecordedRequest::code).containsExactly("00000", "40085");
        assertThat(BITGET.simulator().requestLog().forPath(Operation.FUTURES_PLACE_ORDER.unified().path()))
                .extracting(RecordedRequest::code).containsExactly("00000");
        assertThat(BITGET.simulator().account().futuresOrders()).extracting("clientOid")
                .containsExactlyInAnyOrder("before-upgrade", "after-upgrade");
        assertThat(positions()).singleElement().satisfies(long_ ->
                assertThat(long_.total()).isEqualByComparingTo("0.02"));
    }

    @Test
    void hedgeModeClosesTheRightPositionOnV3() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        BITGET.simulator().upgradeToUnified(KEY);
        template.requestBody("bitget:futures/setPositionMode?posMode=hedge_mode", (Object) null);

        place("symbol=BTCUSDT&side=buy&tradeSide=open&size=0.02");
        place("symbol=BTCUSDT&side=sell&tradeSide=open&size=0.01");
        Exchange close = place("symbol=BTCUSDT&side=buy&tradeSide=close&size=0.02");

        assertThat(close.getException()).isNull();
        assertThat(positions()).singleElement().satisfies(short_ -> {
            assertThat(short_.holdSide()).isEqualTo(HoldSide.SHORT);
            assertThat(short_.total()).isEqualByComparingTo("0.01");
        });
        List<RecordedRequest> sent = BITGET.simulator().requestLog()
                .forPath(Operation.FUTURES_PLACE_ORDER.unified().path());
        assertThat(sent.get(2).body()).contains("\"side\":\"sell\"").contains("\"posSide\":\"long\"");
    }

    @Test
    void theDeadManSwitchCancelsRestingOrdersWhenTheRouteStopsRefreshingIt() throws Exception {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        BITGET.simulator().upgradeToUnified(KEY);
        OrderResult resting = template.requestBody("bitget:futures/placeOrder?symbol=ETHUSDT&side=buy&size=0.1"
                                                   + "&orderType=limit&price=2500", (Object) null, OrderResult.class);

        context.getRouteController().startRoute("dead-man-switch");
        await().atMost(10, TimeUnit.SECONDS)
                .until(() -> BITGET.simulator().account().countdownDeadline().isPresent());
        context.getRouteController().stopRoute("dead-man-switch");
        BITGET.simulator().faults().clockSkew(Duration.ofSeconds(20));

        assertThat(BITGET.simulator().account().countdownFirings()).singleElement()
                .extracting(CountdownFiring::cancelledOrderIds).asList().containsExactly(resting.orderId());
        assertThat(template.requestBody("bitget:futures/pendingOrders?symbol=ETHUSDT", (Object) null, List.class))
                .isEmpty();
    }

    @Test
    void unifiedOnlyOperationsAreRefusedForAClassicAccountBeforeSending() {
        Exchange countdown = template.request("bitget:futures/countdownCancelAll?countdown=10", null);

        assertThat(countdown.getException()).isInstanceOf(BitgetUnsupportedOperationException.class);
        assertThat(BITGET.simulator().requestLog().forPath("/api/v3/trade/countdown-cancel-all")).isEmpty();
    }

    @Test
    void classicOnlyOperationsAreRefusedForAUnifiedAccountBeforeSending() {
        BITGET.simulator().upgradeToUnified(KEY);

        Exchange marginMode = template.request("bitget:futures/setMarginMode?symbol=BTCUSDT&marginMode=crossed",
                null);

        assertThat(marginMode.getException()).isInstanceOf(BitgetUnsupportedOperationException.class);
        assertThat(BITGET.simulator().requestLog().forPath(Operation.FUTURES_SET_MARGIN_MODE.path())).isEmpty();
    }

    @Test
    void aRequestRefusedBecauseTheAccountWasUpgradedIsNotExecuted() {
        template.requestBody("bitget:futures/accounts", (Object) null);
        BITGET.simulator().upgradeToUnified(KEY);

        Exchange marginMode = template.request("bitget:futures/setMarginMode?symbol=BTCUSDT&marginMode=crossed",
                null);

        assertThat(marginMode.getException()).as("known only after Bitget's 40085")
                .isInstanceOf(BitgetUnsupportedOperationException.class);
        assertThat(BITGET.simulator().requestLog().forPath(Operation.FUTURES_SET_MARGIN_MODE.path()))
                .extracting(RecordedRequest::code).containsExactly("40085");
    }
}
