package io.github.camelbitget.examples.bridge;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;

/**
 * One bridge instance: Camel Main with the bridge's configuration and route, {@code application.properties}, and the
 * given properties on top. Start several in one consumer group to share the intents' partitions.
 */
public final class OrderBridge implements AutoCloseable {

    private final Main main = new Main();

    public OrderBridge(Map<String, String> properties) {
        main.configure().addConfiguration(BridgeConfiguration.class);
        main.configure().addRoutesBuilder(BridgeRoutes.class);
        properties.forEach(main::addOverrideProperty);
    }

    /** Starts the bridge and returns. */
    public OrderBridge start() {
        main.start();
        return this;
    }

    /** Runs until the JVM is stopped, or for {@code duration} when it is not null. */
    public void run(Duration duration) throws Exception {
        if (duration != null) {
            main.configure().setDurationMaxSeconds((int) Math.max(1, duration.toSeconds()));
        }
        main.run();
    }

    public CamelContext camelContext() {
        return main.getCamelContext();
    }

    public <T> T bean(String name, Class<T> type) {
        return camelContext().getRegistry().lookupByNameAndType(name, type);
    }

    /** Stops consuming (a poll in flight may finish within bridge.kafka.shutdown-timeout), then the routes. */
    @Override
    public void close() {
        main.stop();
    }
}
