package io.github.camelbitget.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.github.camelbitget.BitgetComponent;
import io.github.camelbitget.BitgetConfiguration;
import io.github.camelbitget.model.FuturesAccount;
import io.github.camelbitget.simulator.ApiKey;
import io.github.camelbitget.simulator.BitgetSimulator;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The application names its Bitget through Quarkus config: no Dev Service starts, the component uses the configured
 * URL and keys, and none of the secrets appears in the log, also at TRACE, from start-up to shutdown.
 */
class ConfiguredBitgetTest {

    private static final String API_KEY = "cfg-api-key-5be1";
    private static final String SECRET_KEY = "cfg-secret-key-93d0";
    private static final String PASSPHRASE = "cfg-passphrase-7ac4";

    /** Started and stopped outside the application's class loader; the application reaches it by its URL. */
    private static BitgetSimulator bitget;

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(PositionPolls.class))
            .setBeforeAllCustomizer(ConfiguredBitgetTest::startBitget)
            .setAfterAllCustomizer(ConfiguredBitgetTest::stopBitget)
            .overrideConfigKey("camel.component.bitget.api-key", API_KEY)
            .overrideConfigKey("camel.component.bitget.secret-key", SECRET_KEY)
            .overrideConfigKey("camel.component.bitget.passphrase", PASSPHRASE)
            .overrideConfigKey("camel.component.bitget.mode", "demo")
            .overrideConfigKey("camel.component.bitget.product-type", "USDC-FUTURES")
            .traceCategories("io.github.camelbitget", "org.apache.camel")
            .setLogRecordPredicate(record -> true)
            .assertLogRecords(records -> {
                List<String> texts = LogMessages.texts(records);
                assertThat(texts).as("Camel's auto-configuration summary, secrets masked")
                        .anyMatch(text -> text.matches(".*camel\\.component\\.bitget\\.secretKey = x+"));
                assertThat(texts).noneMatch(text -> text.contains("simulator dev service runs at"));
                for (String secret : List.of(API_KEY, SECRET_KEY, PASSPHRASE)) {
                    assertThat(texts).as("log lines with a secret").noneMatch(text -> text.contains(secret));
                }
            });

    @Inject
    ProducerTemplate producer;

    @Inject
    CamelContext camelContext;

    @Inject
    PositionPolls positionPolls;

    static void startBitget() {
        bitget = BitgetSimulator.builder().apiKey(ApiKey.of(API_KEY, SECRET_KEY, PASSPHRASE)).build().start();
        System.setProperty("camel.component.bitget.base-url", bitget.baseUrl());
    }

    static void stopBitget() {
        System.clearProperty("camel.component.bitget.base-url");
        bitget.close();
    }

    @Test
    void quarkusConfigReachesTheComponent() {
        BitgetConfiguration configuration = camelContext.getComponent("bitget", BitgetComponent.class)
                .getConfiguration();

        assertThat(configuration.getBaseUrl()).isEqualTo(System.getProperty("camel.component.bitget.base-url"));
        assertThat(configuration.getApiKey()).isEqualTo(API_KEY);
        assertThat(configuration.getSecretKey()).isEqualTo(SECRET_KEY);
        assertThat(configuration.getPassphrase()).isEqualTo(PASSPHRASE);
        assertThat(configuration.getMode()).isEqualTo("demo");
        assertThat(configuration.getProductType()).isEqualTo("USDC-FUTURES");
    }

    /** This Bitget knows the configured key only (and the simulator's own): a signed read proves it was used. */
    @Test
    void producerSignsWithTheConfiguredKey() {
        List<?> accounts = producer.requestBody("bitget:futures/accounts", null, List.class);

        assertThat(accounts).singleElement().isInstanceOfSatisfying(FuturesAccount.class,
                account -> assertThat(account.marginCoin()).isEqualTo("USDC"));
    }

    @Test
    void consumerPollsWithTheConfiguredKey() {
        await().atMost(Duration.ofSeconds(10)).until(() -> positionPolls.count() >= 2);
    }

    /** Polls positions as a route would, so that consumer start-up and polling are logged too. */
    @ApplicationScoped
    public static class PositionPolls extends RouteBuilder {

        private final AtomicInteger polls = new AtomicInteger();

        @Override
        public void configure() {
            from("bitget:futures/positions?initialDelay=0&delay=200&splitResult=false").routeId("positions")
                    .process(exchange -> polls.incrementAndGet());
        }

        int count() {
            return polls.get();
        }
    }
}
