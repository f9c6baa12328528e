package io.github.camelbitget.examples.bridge;

import java.time.Duration;

/**
 * The command line: {@code --bootstrap-servers host:port} (without it: an embedded Kafka and the Bitget simulator),
 * {@code --publish-samples N} (default 16 in the embedded mode, 0 otherwise), {@code --duration 60s}, {@code --help}.
 */
public record BridgeOptions(String bootstrapServers, Integer publishSamples, Duration duration, boolean help) {

    public static final String USAGE = """
            Usage: java -jar kafka-order-bridge.jar [options]
              (no options)                run on an embedded Kafka and the embedded Bitget simulator, publish sample
                                          intents and log their results
              --bootstrap-servers HOSTS   use this Kafka; accounts and the rest from application.properties,
                                          -D system properties or environment variables (see README.md)
              --publish-samples N         publish N sample intents (demo accounts only)
              --duration D                stop after D: 60s, 5m, 1h or PT90S
              --help                      show this""";

    public static BridgeOptions parse(String... args) {
        String bootstrapServers = null;
        Integer samples = null;
        Duration duration = null;
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if ("--help".equals(name) || "-h".equals(name)) {
                help = true;
                continue;
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("Option " + name + " needs a value");
            }
            switch (name) {
                case "--bootstrap-servers" -> bootstrapServers = value;
                case "--publish-samples" -> samples = count(value);
                case "--duration" -> duration = duration(value);
                default -> throw new IllegalArgumentException("Unknown option " + name);
            }
        }
        return new BridgeOptions(bootstrapServers, samples, duration, help);
    }

    private static int count(String value) {
        try {
            int count = Integer.parseInt(value);
            if (count >= 0) {
                return count;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Invalid --publish-samples '" + value + "'; expected a count", e);
        }
        throw new IllegalArgumentException("Invalid --publish-samples '" + value + "'; expected a count");
    }

    private static Duration duration(String value) {
        try {
            if (value.toUpperCase().startsWith("PT")) {
                return Duration.parse(value.toUpperCase());
            }
            char unit = Character.toLowerCase(value.charAt(value.length() - 1));
            long amount = Long.parseLong(Character.isDigit(unit) ? value : value.substring(0, value.length() - 1));
            return switch (unit) {
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                case 's' -> Duration.ofSeconds(amount);
                default -> {
                    if (!Character.isDigit(unit)) {
                        throw new IllegalArgumentException("unit " + unit);
                    }
                    yield Duration.ofSeconds(amount);
                }
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid --duration '" + value + "'; expected 60s, 5m, 1h or PT90S", e);
        }
    }
}
