package io.github.camelbitget.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.exception.BitgetInvalidOrderException;
import io.github.camelbitget.exception.BitgetPositionModeException;
import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.FuturesOrder;
import io.github.camelbitget.model.FuturesOrderRequest;
import io.github.camelbitget.model.HoldSide;
import io.github.camelbitget.model.OrderBatchResult;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.model.Position;
import io.github.camelbitget.model.Side;
import io.github.camelbitget.model.SpotAsset;
import io.github.camelbitget.simulator.AccountType;
import io.github.camelbitget.simulator.Environment;
import io.github.camelbitget.support.SimulatorBitgetTestSupport;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

/** What happens to orders on an exchange: fills, resting, cancels, positions, modes, rejections. */
class OrderLifecycleTest extends SimulatorBitgetTestSupport {

    private OrderResult place(String uri) {
        return template.requestBody("bitget:futures/placeOrder?" + uri, (Object) null, OrderResult.class);
    }

    private List<Position> positions() {
        return template.requestBody("bitget:futures/positions", (Object) null, List.class);
    }

    @Test
    void marketOrderFillsAndOpensAPositionThatCloses() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");

        OrderResult order = place("symbol=BTCUSDT&side=buy&size=0.01");

        FuturesOrder detail = template.requestBody("bitget:futures/orderDetail?symbol=BTCUSDT&orderId="
                                                   + order.orderId(), (Object) null, FuturesOrder.class);
        assertThat(detail.status()).isEqualTo("filled");
        assertThat(detail.priceAvg()).isEqualByComparingTo("76000");
        assertThat(positions()).singleElement().satisfies(position -> {
            assertThat(position.symbol()).isEqualTo("BTCUSDT");
            assertThat(position.holdSide()).isEqualTo(HoldSide.LONG);
            assertThat(position.total()).isEqualByComparingTo("0.01");
            assertThat(position.openPriceAvg()).isEqualByComparingTo("76000");
        });

        OrderBatchResult closed = template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT",
                (Object) null, OrderBatchResult.class);

        assertThat(closed.successList()).hasSize(1);
        assertThat(positions()).isEmpty();
        assertThat(BITGET.simulator().account().positions()).isEmpty();
    }

    @Test
    void limitOrderRestsUntilThePriceCrossesAndCanBeCancelled() {
        BITGET.simulator().setPrice("ETHUSDT", "3000");
        OrderResult resting = place("symbol=ETHUSDT&side=buy&size=0.1&orderType=limit&price=2900");
        OrderResult other = place("symbol=ETHUSDT&side=buy&size=0.1&orderType=limit&price=2800");

        List<FuturesOrder> pending = template.requestBody("bitget:futures/pendingOrders?symbol=ETHUSDT",
                (Object) null, List.class);
        assertThat(pending).extracting(FuturesOrder::orderId)
                .containsExactlyInAnyOrder(resting.orderId(), other.orderId());

        BITGET.simulator().setPrice("ETHUSDT", "2890");
        template.requestBody("bitget:futures/cancelOrder?symbol=ETHUSDT&orderId=" + other.orderId(), (Object) null);

        assertThat(template.requestBody("bitget:futures/pendingOrders?symbol=ETHUSDT", (Object) null, List.class))
                .isEmpty();
        List<FuturesOrder> history = template.requestBody("bitget:futures/ordersHistory?symbol=ETHUSDT",
                (Object) null, List.class);
        assertThat(history).extracting(FuturesOrder::orderId, FuturesOrder::status).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(resting.orderId(), "filled"),
                org.assertj.core.groups.Tuple.tuple(other.orderId(), "canceled"));
        assertThat(positions()).singleElement()
                .satisfies(position -> assertThat(position.openPriceAvg()).isEqualByComparingTo("2900"));
    }

    /** A classic account replaces the order under the new clientOid; a unified one amends it and keeps its own. */
    @Test
    void modifyReplacesARestingOrder() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        OrderResult resting = place("symbol=BTCUSDT&side=buy&size=0.01&orderType=limit&price=70000"
                                    + "&clientOid=resting-1");

        Exchange modified = template.request("bitget:futures/modifyOrder?symbol=BTCUSDT&orderId=" + resting.orderId()
                                             + "&newSize=0.02&newPrice=71000&newClientOid=replaced-1", null);

        assertThat(modified.getException()).isNull();
        String clientOid = ACCOUNT_TYPE == AccountType.UNIFIED ? "resting-1" : "replaced-1";
        assertThat(modified.getMessage().getHeader(BitgetConstants.CLIENT_OID)).isEqualTo(clientOid);
        FuturesOrder replacement = template.requestBody("bitget:futures/orderDetail?symbol=BTCUSDT"
                                                        + "&clientOid=" + clientOid, (Object) null, FuturesOrder.class);
        assertThat(replacement.size()).isEqualByComparingTo("0.02");
        assertThat(replacement.price()).isEqualByComparingTo("71000");
    }

    @Test
    void hedgeModeOpensAndClosesLegsAndRefusesOneWayOrders() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        template.requestBody("bitget:futures/setPositionMode?posMode=hedge_mode", (Object) null);

        place("symbol=BTCUSDT&side=buy&size=0.02&tradeSide=open");
        place("symbol=BTCUSDT&side=sell&size=0.01&tradeSide=open");
        place("symbol=BTCUSDT&side=buy&size=0.005&tradeSide=close");

        assertThat(positions()).extracting(Position::holdSide, p -> p.total().stripTrailingZeros().toPlainString())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(HoldSide.LONG, "0.015"),
                        org.assertj.core.groups.Tuple.tuple(HoldSide.SHORT, "0.01"));
        Exchange oneWay = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", null);
        assertThat(oneWay.getException()).as("Bitget refuses a classic account's order (40774); for a unified one"
                                             + " the component cannot translate it and refuses it before sending")
                .isInstanceOf(ACCOUNT_TYPE == AccountType.UNIFIED
                        ? BitgetValidationException.class : BitgetPositionModeException.class);
    }

    @Test
    void exchangeRulesAreTypedErrors() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");

        Exchange tooBig = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=30", null);
        Exchange tooSmall = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.00005", null);
        Exchange tooPrecise = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.012345",
                null);

        assertThat(tooBig.getException()).isInstanceOf(BitgetInsufficientBalanceException.class);
        assertThat(tooSmall.getException()).isInstanceOf(BitgetInvalidOrderException.class);
        assertThat(tooPrecise.getException()).isInstanceOf(BitgetInvalidOrderException.class);
        assertThat(BITGET.simulator().account().futuresOrders()).isEmpty();
    }

    @Test
    void typedRequestsAndBatches() {
        BITGET.simulator().setPrice("SOLUSDT", "180");

        OrderResult single = template.requestBody("bitget:futures/placeOrder",
                FuturesOrderRequest.market("SOLUSDT", Side.BUY, new BigDecimal("1")).withClientOid("sol-typed"),
                OrderResult.class);
        OrderBatchResult batch = template.requestBody("bitget:futures/batchPlaceOrder?symbol=SOLUSDT", List.of(
                Map.of("side", "buy", "size", "1", "orderType", "limit", "price", "170", "clientOid", "sol-b1"),
                Map.of("side", "buy", "size", "0.01", "clientOid", "sol-b2")), OrderBatchResult.class);

        assertThat(single.clientOid()).isEqualTo("sol-typed");
        assertThat(batch.successList()).extracting(o -> o.clientOid()).containsExactly("sol-b1");
        assertThat(batch.failureList()).singleElement()
                .satisfies(failure -> assertThat(failure.clientOid()).isEqualTo("sol-b2"));
        assertThat(BITGET.simulator().account().futuresOrders()).extracting(order -> order.clientOid())
                .containsExactlyInAnyOrder("sol-typed", "sol-b1");
    }

    @Test
    void spotMarketBuySpendsTheQuoteAmount() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");
        BigDecimal usdtBefore = BITGET.simulator().account().spotAvailable("USDT");
        BigDecimal btcBefore = spotBtc();

        Exchange bought = template.request("bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&size=76", null);

        assertThat(bought.getMessage().getHeader(BitgetConstants.ORDER_ID, String.class)).isNotBlank();
        assertThat(spotBtc().subtract(btcBefore)).as("about 0.001 BTC less the fee")
                .isGreaterThan(new BigDecimal("0.00099")).isLessThanOrEqualTo(new BigDecimal("0.001"));
        assertThat(BITGET.simulator().account().spotAvailable("USDT")).isEqualByComparingTo(usdtBefore.subtract(
                new BigDecimal("76")));
    }

    private BigDecimal spotBtc() {
        List<SpotAsset> btc = template.requestBody("bitget:spot/assets?coin=BTC", (Object) null, List.class);
        return btc.isEmpty() ? BigDecimal.ZERO : btc.get(0).available();
    }

    @Test
    void demoTradingUsesItsOwnBook() {
        BITGET.simulator().setPrice("BTCUSDT", "76000");

        place("symbol=BTCUSDT&side=buy&size=0.01&mode=demo");

        assertThat(BITGET.simulator().account(Environment.DEMO).positions()).hasSize(1);
        assertThat(BITGET.simulator().account(Environment.LIVE).positions()).isEmpty();
        assertThat(positions()).isEmpty();
        assertThat(template.requestBody("bitget:futures/positions?mode=demo", (Object) null, List.class)).hasSize(1);
    }
}
