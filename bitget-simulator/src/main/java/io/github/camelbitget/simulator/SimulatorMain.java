package io.github.camelbitget.simulator;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * Standalone launcher: {@code java -jar bitget-simulator.jar --port 0}. The first line on stdout is always
 * {@code Bitget simulator listening on http://127.0.0.1:<port>}, so scripts can read the port.
 */
public final class SimulatorMain {

    static final String USAGE = """
            Usage: java -jar bitget-simulator.jar [options]
              --port N                   TCP port on 127.0.0.1, 0 = any free port (default 0)
              --prices SYM=P,...         starting prices, e.g. BTCUSDT=76000,ETHUSDT=2900 (added to the defaults)
              --balance COIN=A,...       starting balance of every account, e.g. USDT=100000,BTC=2
              --position-mode MODE       one_way | hedge (default one_way)
              --account-type TYPE        classic | unified: the default key's account, v2 or v3 API (default classic)
              --rate-limits on|off       Bitget's per-endpoint limits (default on)
              --walk-interval-ms N       one price step every N ms, 0 = prices move only on request (default 1000)
              --seed N                   seed of the price walks (default 42)
              --help                     this text
            Credentials: sim-api-key / sim-secret-key / sim-passphrase (live and demo)""";

    private static final Duration DEFAULT_WALK_INTERVAL = Duration.ofSeconds(1);

    private SimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.println(USAGE);
            return;
        }
        BitgetSimulator simulator;
        try {
            simulator = start(args, System.out);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            simulator.close();
            stopped.countDown();
        }, "bitget-simulator-shutdown"));
        stopped.await();
    }

    /** Parses the options, starts the simulator and prints the listening line, then the credentials. */
    static BitgetSimulator start(String[] args, PrintStream out) {
        BitgetSimulator simulator = parse(args).build().start();
        out.println("Bitget simulator listening on " + simulator.baseUrl());
        String accountType = simulator.account().accountType() == AccountType.UNIFIED ? "unified account, v3" : "classic account, v2";
        out.println("API key sim-api-key, secret key sim-secret-key, passphrase sim-passphrase (live and demo, "
                + accountType + ")");
        out.flush();
        return simulator;
    }

    static BitgetSimulator.Builder parse(String[] args) {
        BitgetSimulator.Builder builder = BitgetSimulator.builder().walkInterval(DEFAULT_WALK_INTERVAL);
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            String value;
            int equals = option.indexOf('=');
            if (option.startsWith("--") && equals > 0) {
                value = option.substring(equals + 1);
                option = option.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("option " + option + " needs a value");
            }
            switch (option) {
                case "--port" -> builder.port(integer(option, value));
                case "--prices" -> pairs(option, value).forEach(builder::price);
                case "--balance" -> pairs(option, value).forEach(builder::balance);
                case "--position-mode" -> builder.positionMode(positionMode(value));
                case "--account-type" -> builder.accountType(accountType(value));
                case "--rate-limits" -> builder.rateLimits(onOff(option, value));
                case "--walk-interval-ms" -> builder.walkInterval(Duration.ofMillis(integer(option, value)));
                case "--seed" -> builder.seed(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        return builder;
    }

    private static Map<String, BigDecimal> pairs(String option, String value) {
        Map<String, BigDecimal> pairs = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            String[] parts = pair.trim().split("=");
            try {
                pairs.put(parts[0].trim().toUpperCase(Locale.ROOT), new BigDecimal(parts[1].trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(option + " expects NAME=NUMBER,..., got " + value);
            }
        }
        return pairs;
    }

    private static int integer(String option, String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " expects a number, got " + value);
        }
    }

    private static boolean onOff(String option, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true" -> true;
            case "off", "false" -> false;
            default -> throw new IllegalArgumentException(option + " expects on or off, got " + value);
        };
    }

    private static AccountType accountType(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "classic" -> AccountType.CLASSIC;
            case "unified", "uta" -> AccountType.UNIFIED;
            default -> throw new IllegalArgumentException("--account-type expects classic or unified, got " + value);
        };
    }

    private static PositionMode positionMode(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "one_way", "one_way_mode" -> PositionMode.ONE_WAY;
            case "hedge", "hedge_mode" -> PositionMode.HEDGE;
            default -> throw new IllegalArgumentException("--position-mode expects one_way or hedge, got " + value);
        };
    }
}
