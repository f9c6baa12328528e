package io.github.camelbitget.quarkus.deployment;

import java.time.Duration;

import io.quarkus.runtime.annotations.ConfigGroup;
import io.smallrye.config.WithDefault;

/**
 * The Bitget simulator Dev Service. Quarkus compares this group between live reloads: the running simulator is kept
 * while it is unchanged.
 */
@ConfigGroup
public interface BitgetDevServicesConfig {

    /**
     * Start the bitget-simulator in dev and test mode when neither {@code camel.component.bitget.base-url} nor
     * {@code camel.component.bitget.api-key} is configured, and point the component at it.
     */
    @WithDefault("true")
    boolean enabled();

    /**
     * TCP port of the simulator on 127.0.0.1; 0 picks a free port.
     */
    @WithDefault("0")
    int port();

    /**
     * How often the simulator moves its prices one step along their random walk; 0 keeps prices still.
     */
    @WithDefault("1s")
    Duration walkInterval();
}
