package io.github.camelbitget.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.util.List;
import java.util.logging.Level;

import io.github.camelbitget.model.FuturesAccount;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.ProducerTemplate;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No base URL and no key configured: the simulator runs in process, the component trades on it, and it is gone once
 * the application has stopped.
 */
class DevServiceTest {

    /** A system property, the one thing shared by the application's class loader and the test's. */
    private static final String SIMULATOR_URL = "test.bitget.simulator-url";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withEmptyApplication()
            .setAfterAllCustomizer(DevServiceTest::simulatorIsStopped)
            .setLogRecordPredicate(record -> record.getLoggerName().startsWith("io.github.camelbitget")
                                             || record.getLoggerName().startsWith("io.quarkus.deployment"))
            .assertLogRecords(records -> {
                List<String> devServiceLines = LogMessages.texts(records.stream()
                        .filter(record -> record.getLevel().intValue() >= Level.INFO.intValue()).toList())
                        .stream().filter(text -> text.toLowerCase().contains("dev service")).toList();
                assertThat(devServiceLines).singleElement().asString()
                        .matches("The Bitget simulator dev service runs at http://127\\.0\\.0\\.1:\\d+;.*");
            });

    @Inject
    ProducerTemplate producer;

    @ConfigProperty(name = "camel.component.bitget.base-url")
    String baseUrl;

    @ConfigProperty(name = "camel.component.bitget.api-key")
    String apiKey;

    @BeforeEach
    void rememberTheSimulator() {
        System.setProperty(SIMULATOR_URL, baseUrl);
    }

    static void simulatorIsStopped() {
        URI simulator = URI.create(System.clearProperty(SIMULATOR_URL));
        assertThatThrownBy(() -> new Socket(simulator.getHost(), simulator.getPort()).close())
                .as("connecting to the simulator after shutdown").isInstanceOf(ConnectException.class);
    }

    @Test
    void pointsTheComponentAtTheSimulatorOnAFreePort() {
        assertThat(baseUrl).matches("http://127\\.0\\.0\\.1:\\d+").doesNotEndWith(":0");
        assertThat(apiKey).isEqualTo("sim-api-key");
    }

    @Test
    void signedRequestsAreAcceptedWithTheSimulatorsKey() {
        List<?> accounts = producer.requestBody("bitget:futures/accounts", null, List.class);

        assertThat(accounts).singleElement().isInstanceOfSatisfying(FuturesAccount.class, account -> {
            assertThat(account.marginCoin()).isEqualTo("USDT");
            assertThat(account.available()).isEqualByComparingTo(new BigDecimal("100000"));
        });
    }
}
