package io.github.camelbitget.quarkus.deployment;

import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;

/**
 * Build-time configuration of the Bitget extension. The component itself is configured with
 * {@code camel.component.bitget.*} (api-key, secret-key, passphrase, mode, product-type, base-url, ...).
 */
@ConfigMapping(prefix = "quarkus.bitget")
@ConfigRoot(phase = ConfigPhase.BUILD_TIME)
public interface BitgetBuildTimeConfig {

    /**
     * The Bitget simulator Dev Service.
     */
    BitgetDevServicesConfig devservices();
}
