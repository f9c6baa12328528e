package io.github.camelbitget.examples.recipes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeStatus;
import io.github.camelbitget.journal.jdbc.JdbcTradeJournal;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulatorExtension;
import io.github.camelbitget.simulator.OrderSnapshot;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.AdviceWith;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.model.LogDefinition;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The recipes trade on the simulator: leverage set, DCA buys, the book flat after auto-flat, basis lines logged. */
class TradingRecipesTest extends CamelTestSupport {

    @RegisterExtension
    static final BitgetSimulatorExtension BITGET = new BitgetSimulatorExtension();

    private JdbcTradeJournal journal;

    @Override
    public boolean isUseAdviceWith() {
        return true;
    }

    @Override
    protected Properties useOverridePropertiesWithPropertiesComponent() {
        Properties properties = new Properties();
        properties.put("recipes.ticker.interval", "1000");
        properties.put("recipes.dca.symbol", "BTCUSDT");
        properties.put("recipes.dca.leverage", "3");
        properties.put("recipes.dca.first-delay", "300");
        properties.put("recipes.dca.interval", "1200");
        properties.put("recipes.auto-flat.check-interval", "500");
        properties.put("recipes.basis.first-delay", "200");
        properties.put("recipes.basis.interval", "60000");
        properties.put("recipes.journal.interval", "2000");
        properties.put("recipes.journal.reconcile-interval", "60000");
        return properties;
    }

    @Override
    protected CamelContext createCamelContext() throws Exception {
        CamelContext context = super.createCamelContext();
        ApiKey key = BITGET.apiKey();
        BitgetComponent bitget = new BitgetComponent();
        bitget.getConfiguration().setBaseUrl(BITGET.baseUrl());
        bitget.getConfiguration().setApiKey(key.apiKey());
        bitget.getConfiguration().setSecretKey(key.secretKey());
        bitget.getConfiguration().setPassphrase(key.passphrase());
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        journal = new JdbcTradeJournal(h2);
        bitget.getConfiguration().setTradeJournal(journal);
        context.addComponent("bitget", bitget);
        DcaSizing sizing = new DcaSizing();
        sizing.setQuoteAmount(new BigDecimal("50"));
        FlatSchedule schedule = new FlatSchedule();
        schedule.setAfter("PT5S");
        context.getRegistry().bind("dcaSizing", sizing);
        context.getRegistry().bind("flatSchedule", schedule);
        context.getRegistry().bind("basisScanner", new BasisScanner());
        context.getRegistry().bind("journalReport", new JournalReport(journal));
        return context;
    }

    @Override
    protected RouteBuilder createRouteBuilder() {
        return new RecipeRoutes();
    }

    @Test
    void recipesTradeOnTheSimulator() throws Exception {
        AdviceWith.adviceWith(context, "dca", route -> route.weaveAddLast().to("mock:dca"));
        AdviceWith.adviceWith(context, "ticker-log", route -> route.weaveAddLast().to("mock:ticker"));
        AdviceWith.adviceWith(context, "basis-scanner",
                route -> route.weaveByType(LogDefinition.class).after().to("mock:basis"));
        AdviceWith.adviceWith(context, "auto-flat",
                route -> route.weaveByType(LogDefinition.class).after().to("mock:flat"));
        AdviceWith.adviceWith(context, "journal-report", route -> route.weaveAddLast().to("mock:journal"));
        MockEndpoint dca = getMockEndpoint("mock:dca");
        dca.expectedMinimumMessageCount(2);
        MockEndpoint basis = getMockEndpoint("mock:basis");
        basis.expectedMessageCount(4);
        getMockEndpoint("mock:ticker").expectedMinimumMessageCount(1);
        getMockEndpoint("mock:journal").expectedMinimumMessageCount(1);
        context.start();

        MockEndpoint.assertIsSatisfied(context, 20, TimeUnit.SECONDS);

        List<OrderSnapshot> orders = BITGET.simulator().account().futuresOrders();
        assertThat(orders).filteredOn(order -> "buy".equals(order.side()) && order.orderType().equals("market"))
                .hasSizeGreaterThanOrEqualTo(2).allSatisfy(order -> {
                    assertThat(order.symbol()).isEqualTo("BTCUSDT");
                    assertThat(order.status()).isEqualTo("filled");
                    BigDecimal notional = order.filledSize().multiply(order.priceAvg());
                    assertThat(notional).isBetween(new BigDecimal("5"), new BigDecimal("60"));
                    assertThat(order.size().scale()).isLessThanOrEqualTo(4);
                });
        assertThat(basis.getReceivedExchanges()).extracting(exchange -> exchange.getMessage().getBody(Basis.class))
                .extracting(Basis::symbol).containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT");
        List<Basis> lines = basis.getReceivedExchanges().stream()
                .map(exchange -> exchange.getMessage().getBody(Basis.class)).toList();
        assertThat(lines).extracting(line -> line.bps().abs()).isSortedAccordingTo((a, b) -> b.compareTo(a));

        await().atMost(20, TimeUnit.SECONDS).untilAsserted(() -> {
            assertThat(getMockEndpoint("mock:flat").getReceivedCounter()).isGreaterThanOrEqualTo(1);
            assertThat(BITGET.simulator().account().positions()).isEmpty();
        });
        context.getRouteController().stopRoute("dca");
        await().atMost(10, TimeUnit.SECONDS)
                .untilAsserted(() -> assertThat(BITGET.simulator().account().positions()).isEmpty());

        List<TradeEntry> entries = journal.find(io.github.camelbitget.journal.TradeQuery.between(null, null));
        assertThat(entries).filteredOn(entry -> entry.operation().equals("placeOrder")).isNotEmpty()
                .allSatisfy(entry -> assertThat(entry.status()).isEqualTo(TradeStatus.ACCEPTED));
        assertThat(entries).filteredOn(entry -> entry.operation().equals("closePosition")).isNotEmpty()
                .anySatisfy(entry -> assertThat(entry.orderId()).isNotBlank());
        assertThat(getMockEndpoint("mock:journal").getReceivedExchanges().get(0).getMessage().getBody(String.class))
                .contains("journal entries today");
    }
}
