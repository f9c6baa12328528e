package io.github.camelbitget.journal.jdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.github.tomakehurst.wiremock.http.Fault;
import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.BitgetConstants;
import io.github.camelbitget.exception.BitgetInsufficientBalanceException;
import io.github.camelbitget.exception.BitgetJournalException;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.TradeOutcome;
import io.github.camelbitget.journal.TradeQuery;
import io.github.camelbitget.journal.TradeStatus;
import io.github.camelbitget.model.OrderResult;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Every order operation is journaled: intent before sending, outcome after, failures never doubling an order. */
class JournaledOrdersTest extends WireMockBitgetTestSupport {

    private JdbcTradeJournal journal;
    private boolean failOutcomes;
    private boolean failIntents;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        journal = new JdbcTradeJournal(h2);
        TradeJournal faulty = new TradeJournal() {
            @Override
            public void recordIntent(TradeEntry entry) {
                if (failIntents) {
                    throw new IllegalStateException("database is read-only");
                }
                journal.recordIntent(entry);
            }

            @Override
            public void recordOutcome(TradeOutcome outcome) {
                if (failOutcomes) {
                    throw new IllegalStateException("connection to the journal database lost");
                }
                journal.recordOutcome(outcome);
            }

            @Override
            public List<TradeEntry> find(TradeQuery query) {
                return journal.find(query);
            }
        };
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setTradeJournal(faulty);
        return context;
    }

    private List<TradeEntry> entries() {
        return journal.find(TradeQuery.between(null, null));
    }

    @Test
    void acceptedOrderIsJournaledWithEveryRequestField() {
        stubPost("/api/v2/mix/order/place-order", "{\"orderId\":\"1251234567890123456\",\"clientOid\":\"dca-1\"}");

        template.requestBody("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.0105&clientOid=dca-1",
                (Object) null);

        TradeEntry entry = entries().get(0);
        assertThat(entry.id()).isEqualTo("dca-1");
        assertThat(entry.status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry.orderId()).isEqualTo("1251234567890123456");
        assertThat(entry.mode()).isEqualTo("live");
        assertThat(entry.market()).isEqualTo("futures");
        assertThat(entry.productType()).isEqualTo("USDT-FUTURES");
        assertThat(entry.operation()).isEqualTo("placeOrder");
        assertThat(entry.size()).isEqualTo(new BigDecimal("0.0105"));
        assertThat(entry.request()).isEqualTo(body(onlyRequest()).entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}")));
        assertThat(entry.updatedAt()).isAfterOrEqualTo(entry.createdAt());
    }

    @Test
    void rejectedOrderKeepsBitgetsCode() {
        stubError(400, "43012", "Insufficient balance");

        Exchange exchange = template.request("bitget:spot/placeOrder?symbol=BTCUSDT&side=buy&size=10000&mode=demo",
                null);

        assertThat(exchange.getException()).isInstanceOf(BitgetInsufficientBalanceException.class);
        TradeEntry entry = entries().get(0);
        assertThat(entry.status()).isEqualTo(TradeStatus.REJECTED);
        assertThat(entry.errorCode()).isEqualTo("43012");
        assertThat(entry.errorMessage()).isEqualTo("Insufficient balance");
        assertThat(entry.mode()).isEqualTo("demo");
        assertThat(entry.market()).isEqualTo("spot");
        assertThat(entry.productType()).isNull();
    }

    @Test
    void unansweredOrderIsUnknown() {
        wireMock.stubFor(any(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        Exchange exchange = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                             + "&retryAttempts=0", null);

        assertThat(exchange.getException()).isInstanceOf(BitgetOrderStateUnknownException.class);
        TradeEntry entry = entries().get(0);
        assertThat(entry.status()).isEqualTo(TradeStatus.UNKNOWN);
        assertThat(entry.errorMessage()).startsWith("The state of order " + entry.clientOid() + " (futures/placeOrder)"
                                                    + " is unknown");
        assertThat(wireMock.getAllServeEvents()).anySatisfy(event -> assertThat(event.getRequest().getUrl())
                .isEqualTo("/api/v2/mix/order/detail?clientOid=" + entry.clientOid()
                           + "&productType=USDT-FUTURES&symbol=BTCUSDT"));
    }

    @Test
    void aJournalFailureAfterTheOrderNeverFailsTheExchange() {
        stubPost("/api/v2/mix/order/place-order", "{\"orderId\":\"77\",\"clientOid\":\"keep-1\"}");
        failOutcomes = true;

        Exchange exchange = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01"
                                             + "&clientOid=keep-1", null);

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(OrderResult.class).orderId()).isEqualTo("77");
        assertThat(exchange.getMessage().getHeader(BitgetConstants.JOURNAL_ERROR, String.class))
                .contains("could not record the outcome of placeOrder").contains("keep-1")
                .contains("connection to the journal database lost");
        assertThat(entries()).singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(TradeStatus.PENDING));
    }

    @Test
    void aJournalFailureBeforeTheOrderSendsNothing() {
        failIntents = true;

        Exchange exchange = template.request("bitget:futures/placeOrder?symbol=BTCUSDT&side=buy&size=0.01", null);

        assertNothingSent();
        assertThat(exchange.getException()).isInstanceOf(BitgetJournalException.class)
                .hasMessageContaining("nothing was sent to Bitget").hasMessageContaining("database is read-only");
    }

    @Test
    void batchIsJournaledOrderByOrder() {
        stubPost("/api/v2/mix/order/batch-place-order", """
                {"successList":[{"orderId":"1","clientOid":"b-1"}],
                 "failureList":[{"orderId":"","clientOid":"b-2","errorMsg":"less than the minimum amount 5 USDT",
                                 "errorCode":"45110"}]}""");

        template.requestBody("bitget:futures/batchPlaceOrder?symbol=ETHUSDT", List.of(
                Map.of("side", "buy", "size", "0.5", "orderType", "limit", "price", "3000", "clientOid", "b-1"),
                Map.of("side", "buy", "size", "0.001", "clientOid", "b-2"),
                Map.of("side", "sell", "size", "0.1", "clientOid", "b-3")));

        assertThat(entries()).extracting(TradeEntry::id, TradeEntry::status, TradeEntry::orderId,
                        TradeEntry::errorCode)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("b-1", TradeStatus.ACCEPTED, "1", null),
                        org.assertj.core.groups.Tuple.tuple("b-2", TradeStatus.REJECTED, null, "45110"),
                        org.assertj.core.groups.Tuple.tuple("b-3", TradeStatus.UNKNOWN, null, null));
        TradeEntry first = entries().stream().filter(entry -> entry.id().equals("b-1")).findFirst().orElseThrow();
        assertThat(first.symbol()).isEqualTo("ETHUSDT");
        assertThat(first.price()).isEqualTo(new BigDecimal("3000"));
        assertThat(first.request()).contains("\"marginMode\":\"isolated\"").doesNotContain("orderList");
    }

    @Test
    void closePositionRecordsTheOrderIdsBitgetReturns() {
        stubPost("/api/v2/mix/order/close-positions", """
                {"successList":[{"orderId":"901","clientOid":"c1","symbol":"BTCUSDT"},
                                {"orderId":"902","clientOid":"c2","symbol":"BTCUSDT"}],"failureList":[]}""");

        template.requestBody("bitget:futures/closePosition?symbol=BTCUSDT", (Object) null);

        TradeEntry entry = entries().get(0);
        assertThat(entry.operation()).isEqualTo("closePosition");
        assertThat(entry.status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry.orderId()).isEqualTo("901,902");
    }

    @Test
    void cancelIsJournaledAsAnEvent() {
        wireMock.stubFor(post(urlPathEqualTo("/api/v2/mix/order/cancel-order")).willReturn(aResponse()
                .withBody(envelope("{\"orderId\":\"121\",\"clientOid\":\"c-9\"}"))));

        template.requestBody("bitget:futures/cancelOrder?symbol=BTCUSDT&orderId=121", (Object) null);

        TradeEntry entry = entries().get(0);
        assertThat(entry.operation()).isEqualTo("cancelOrder");
        assertThat(entry.orderId()).isEqualTo("121");
        assertThat(entry.status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry.id()).isNotEqualTo("121");
    }

    @Test
    void readsAreNotJournaled() {
        stubGet("/api/v2/mix/position/all-position", "[]");

        template.requestBody("bitget:futures/positions", (Object) null);

        assertThat(entries()).isEmpty();
    }
}
