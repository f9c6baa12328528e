package io.github.camelbitget.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.camelbitget.BitgetComponent;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** quarkus.bitget.devservices.enabled=false: no simulator, the component keeps Bitget's real address. */
class DevServiceDisabledTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withEmptyApplication()
            .overrideConfigKey("quarkus.bitget.devservices.enabled", "false")
            .setLogRecordPredicate(record -> true)
            .assertLogRecords(records -> assertThat(LogMessages.texts(records))
                    .isNotEmpty()
                    .noneMatch(text -> text.contains("simulator dev service runs at")));

    @Inject
    Config config;

    @Inject
    CamelContext camelContext;

    @Test
    void nothingPointsAtASimulator() {
        assertThat(config.getOptionalValue("camel.component.bitget.base-url", String.class)).isEmpty();
        assertThat(config.getOptionalValue("camel.component.bitget.api-key", String.class)).isEmpty();
        assertThat(camelContext.getComponent("bitget", BitgetComponent.class).getConfiguration().getBaseUrl())
                .isEqualTo("https://api.bitget.com");
    }
}
