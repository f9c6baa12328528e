package io.github.camelbitget.examples.bridge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The runnable jar: see {@link BridgeOptions#USAGE} and README.md. */
public final class KafkaOrderBridge {

    private static final Logger LOG = LoggerFactory.getLogger(KafkaOrderBridge.class);

    /** Sample intents in the embedded mode: two full rounds of every kind for both accounts. */
    static final int EMBEDDED_SAMPLES = 16;

    private KafkaOrderBridge() {
    }

    public static void main(String[] args) throws Exception {
        BridgeOptions options;
        try {
            options = BridgeOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(BridgeOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.println(BridgeOptions.USAGE);
            return;
        }
        Map<String, String> properties = new LinkedHashMap<>();
        Sandbox sandbox = null;
        if (options.bootstrapServers() == null) {
            sandbox = Sandbox.start();
            properties.putAll(sandbox.bridgeProperties());
            LOG.info("No --bootstrap-servers: running on {}", sandbox.describe());
        } else {
            properties.put("bridge.kafka.bootstrap-servers", options.bootstrapServers());
        }
        int samples = options.publishSamples() != null ? options.publishSamples()
                : sandbox != null ? EMBEDDED_SAMPLES : 0;
        properties.put("bridge.samples.count", Integer.toString(samples));
        try (Sandbox ignored = sandbox; OrderBridge bridge = new OrderBridge(properties)) {
            bridge.run(options.duration());
        }
    }
}
