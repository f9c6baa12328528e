package io.github.camelbitget.quarkus.deployment;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.github.camelbitget.simulator.ApiKey;
import io.quarkus.deployment.IsDevServicesSupportedByLaunchMode;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.DevServicesResultBuildItem;
import io.quarkus.deployment.dev.devservices.DevServicesConfig;
import io.quarkus.runtime.configuration.ConfigUtils;
import org.jboss.logging.Logger;

/**
 * In dev and test mode, when the application names no Bitget (no base URL, no API key), starts the bitget-simulator
 * in process on a free port and points {@code camel.component.bitget.*} at it with the simulator's key. Quarkus owns
 * the service: it starts it before the application, keeps it across live reloads while
 * {@code quarkus.bitget.devservices.*} is unchanged, and stops it on shutdown.
 */
class BitgetDevServicesProcessor {

    private static final Logger LOG = Logger.getLogger(BitgetDevServicesProcessor.class);

    static final String BASE_URL = "camel.component.bitget.base-url";
    static final String API_KEY = "camel.component.bitget.api-key";
    static final String SECRET_KEY = "camel.component.bitget.secret-key";
    static final String PASSPHRASE = "camel.component.bitget.passphrase";

    /** Either spelling means the application chose its Bitget. */
    private static final List<String> CONFIGURED_BITGET = List.of(BASE_URL, "camel.component.bitget.baseUrl", API_KEY,
            "camel.component.bitget.apiKey");

    @BuildStep(onlyIf = { IsDevServicesSupportedByLaunchMode.class, DevServicesConfig.Enabled.class })
    DevServicesResultBuildItem bitgetSimulator(BitgetBuildTimeConfig config) {
        BitgetDevServicesConfig devServices = config.devservices();
        if (!devServices.enabled()) {
            LOG.debug("Not starting the Bitget simulator dev service: quarkus.bitget.devservices.enabled=false");
            return null;
        }
        Optional<String> configured = CONFIGURED_BITGET.stream().filter(ConfigUtils::isPropertyNonEmpty).findFirst();
        if (configured.isPresent()) {
            LOG.debugf("Not starting the Bitget simulator dev service: %s is configured", configured.get());
            return null;
        }
        ApiKey key = ApiKey.DEFAULT;
        return DevServicesResultBuildItem.owned()
                .feature(BitgetProcessor.FEATURE)
                .description("Bitget simulator (bitget-simulator in process)")
                .serviceConfig(devServices)
                .startable(() -> new BitgetSimulatorService(devServices.port(), devServices.walkInterval()))
                .postStartHook(simulator -> LOG.infof("The Bitget simulator dev service runs at %s;"
                                                      + " camel.component.bitget points at it with the simulator's key",
                        simulator.getConnectionInfo()))
                .config(Map.of(API_KEY, key.apiKey(), SECRET_KEY, key.secretKey(), PASSPHRASE, key.passphrase()))
                .configProvider(Map.of(BASE_URL, BitgetSimulatorService::getConnectionInfo))
                .build();
    }
}
