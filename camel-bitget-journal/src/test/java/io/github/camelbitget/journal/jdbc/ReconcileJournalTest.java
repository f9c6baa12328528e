package io.github.camelbitget.journal.jdbc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.journal.ReconcileReport;
import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeOutcome;
import io.github.camelbitget.journal.TradeQuery;
import io.github.camelbitget.journal.TradeStatus;
import io.github.camelbitget.support.WireMockBitgetTestSupport;
import org.apache.camel.CamelContext;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** bitget:<market>/reconcileJournal settles PENDING and UNKNOWN entries by asking Bitget. */
class ReconcileJournalTest extends WireMockBitgetTestSupport {

    private JdbcTradeJournal journal;

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        journal = new JdbcTradeJournal(h2);
        context.getComponent("bitget", BitgetComponent.class).getConfiguration().setTradeJournal(journal);
        return context;
    }

    private void unknown(String id, String market, String operation, String symbol, String side, String orderId,
                         Duration age, String mode) {
        Instant at = Instant.now().minus(age);
        journal.recordIntent(new TradeEntry(id, operation.equals("closePosition") ? null : id, mode, market,
                market.equals("futures") ? "USDT-FUTURES" : null, operation, symbol, side, "market", null,
                BigDecimal.ONE, null, TradeStatus.PENDING, orderId, null, null, "{}", at, at));
        journal.recordOutcome(new TradeOutcome(id, TradeStatus.UNKNOWN, null, null, "timeout", at));
    }

    private TradeEntry entry(String id) {
        return journal.find(TradeQuery.between(null, null)).stream().filter(e -> e.id().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void futuresOrdersFoundAreAcceptedAndMissingOnesNotPlaced() {
        unknown("found-1", "futures", "placeOrder", "BTCUSDT", "buy", null, Duration.ofMinutes(5), "live");
        unknown("lost-2", "futures", "placeOrder", "ETHUSDT", "sell", null, Duration.ofMinutes(5), "live");
        unknown("fresh-3", "futures", "placeOrder", "BTCUSDT", "buy", null, Duration.ofSeconds(5), "live");
        unknown("demo-4", "futures", "placeOrder", "BTCUSDT", "buy", null, Duration.ofMinutes(5), "demo");
        unknown("spot-5", "spot", "placeOrder", "BTCUSDT", "buy", null, Duration.ofMinutes(5), "live");
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/order/detail")).atPriority(1)
                .withQueryParam("clientOid", com.github.tomakehurst.wiremock.client.WireMock.equalTo("found-1"))
                .willReturn(aResponse().withBody(envelope("{\"orderId\":\"555\",\"clientOid\":\"found-1\","
                                                          + "\"state\":\"filled\"}"))));
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/order/detail")).atPriority(2)
                .willReturn(aResponse().withStatus(400).withBody("{\"code\":\"40768\",\"msg\":\"Order does not"
                                                                  + " exist\"}")));

        ReconcileReport report = template.requestBody("bitget:futures/reconcileJournal", (Object) null,
                ReconcileReport.class);

        assertThat(report.resolved()).extracting(TradeEntry::id).containsExactlyInAnyOrder("found-1", "lost-2");
        assertThat(report.unresolved()).isEmpty();
        assertThat(entry("found-1").status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry("found-1").orderId()).isEqualTo("555");
        assertThat(entry("lost-2").status()).isEqualTo(TradeStatus.NOT_PLACED);
        assertThat(entry("fresh-3").status()).as("still in flight").isEqualTo(TradeStatus.UNKNOWN);
        assertThat(entry("demo-4").status()).as("other environment").isEqualTo(TradeStatus.UNKNOWN);
        assertThat(entry("spot-5").status()).as("other market").isEqualTo(TradeStatus.UNKNOWN);
        assertThat(wireMock.getAllServeEvents()).extracting(event -> event.getRequest().getUrl())
                .containsExactlyInAnyOrder(
                        "/api/v2/mix/order/detail?clientOid=found-1&productType=USDT-FUTURES&symbol=BTCUSDT",
                        "/api/v2/mix/order/detail?clientOid=lost-2&productType=USDT-FUTURES&symbol=ETHUSDT");
        wireMock.getAllServeEvents().forEach(event -> assertSigned(event.getRequest()));
    }

    @Test
    void spotOrdersBeyondBitgetsTwoHourLookupStayUnresolved() {
        unknown("spot-old", "spot", "placeOrder", "BTCUSDT", "buy", null, Duration.ofHours(3), "live");
        unknown("spot-new", "spot", "placeOrder", "BTCUSDT", "buy", null, Duration.ofMinutes(3), "live");
        stubGet("/api/v2/spot/trade/orderInfo", "[]");

        ReconcileReport report = template.requestBody("bitget:spot/reconcileJournal", (Object) null,
                ReconcileReport.class);

        assertThat(report.resolved()).extracting(TradeEntry::id).containsExactly("spot-new");
        assertThat(entry("spot-new").status()).isEqualTo(TradeStatus.NOT_PLACED);
        assertThat(report.unresolved()).singleElement().satisfies(entry -> {
            assertThat(entry.id()).isEqualTo("spot-old");
            assertThat(entry.errorMessage()).contains("2 hours");
        });
        assertThat(entry("spot-old").status()).isEqualTo(TradeStatus.UNKNOWN);
    }

    @Test
    void cancelsAndClosesAreCheckedAgainstTheOrderAndThePosition() {
        unknown("cancel-1", "futures", "cancelOrder", "BTCUSDT", null, "121", Duration.ofMinutes(2), "live");
        unknown("close-1", "futures", "closePosition", "ETHUSDT", "long", null, Duration.ofMinutes(2), "live");
        unknown("close-2", "futures", "closePosition", "BTCUSDT", null, null, Duration.ofMinutes(2), "live");
        stubGet("/api/v2/mix/order/detail", "{\"orderId\":\"121\",\"state\":\"canceled\"}");
        stubGet("/api/v2/mix/position/all-position", "[{\"symbol\":\"BTCUSDT\",\"holdSide\":\"short\","
                                                     + "\"total\":\"1\"}]");

        ReconcileReport report = template.requestBody("bitget:futures/reconcileJournal", (Object) null,
                ReconcileReport.class);

        assertThat(entry("cancel-1").status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry("close-1").status()).as("no ETHUSDT position left").isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry("close-2").status()).as("BTCUSDT still open").isEqualTo(TradeStatus.UNKNOWN);
        assertThat(report.unresolved()).singleElement()
                .satisfies(entry -> assertThat(entry.errorMessage()).isEqualTo("the position is still open"));
    }

    @Test
    void aFailedLookupLeavesTheEntryForTheNextRun() {
        unknown("later-1", "futures", "placeOrder", "BTCUSDT", "buy", null, Duration.ofMinutes(2), "live");
        wireMock.stubFor(get(urlPathEqualTo("/api/v2/mix/order/detail")).willReturn(aResponse().withStatus(502)
                .withBody("<html>bad gateway</html>")));

        ReconcileReport report = template.requestBody("bitget:futures/reconcileJournal", (Object) null,
                ReconcileReport.class);

        assertThat(report.resolved()).isEmpty();
        assertThat(report.unresolved()).singleElement()
                .satisfies(entry -> assertThat(entry.errorMessage()).startsWith("not reconciled yet: Unreadable"));
        assertThat(entry("later-1").status()).isEqualTo(TradeStatus.UNKNOWN);
    }
}
