package io.github.camelbitget.examples.recipes;

import java.time.Duration;
import java.util.Map;

import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the original SDK's recipes as Camel routes: against Bitget when BITGET_API_KEY, BITGET_SECRET_KEY and
 * BITGET_PASSPHRASE are set (demo trading unless BITGET_MODE=live, at the seed's pace: hourly DCA, flat at 23:55 UTC),
 * otherwise against the embedded simulator at demo pace (every recipe shows within a minute). Options:
 * {@code --duration 60s} stops after that long.
 */
public final class TradingRecipes {

    private static final Logger LOG = LoggerFactory.getLogger(TradingRecipes.class);

    /** The simulator shows every recipe within a minute. */
    static final Map<String, String> DEMO_PACE = Map.of(
            "recipes.dca.first-delay", "3000",
            "recipes.dca.interval", "10000",
            "recipes.auto-flat.after", "PT40S",
            "recipes.auto-flat.check-interval", "5000",
            "recipes.basis.first-delay", "2000",
            "recipes.basis.interval", "20000",
            "recipes.journal.interval", "25000",
            "recipes.journal.reconcile-interval", "30000");

    private TradingRecipes() {
    }

    public static void main(String[] args) throws Exception {
        Duration duration = duration(args);
        try (Venue venue = Venue.choose(System.getenv())) {
            LOG.info("Trading recipes on {}{}", venue.describe(),
                    duration == null ? "" : ", stopping after " + duration.toSeconds() + " s");
            Main main = new Main();
            main.configure().addConfiguration(RecipesConfiguration.class);
            main.configure().addRoutesBuilder(new RecipeRoutes());
            venue.componentProperties().forEach(main::addOverrideProperty);
            if (venue.simulator() != null) {
                DEMO_PACE.forEach(main::addOverrideProperty);
            }
            if (duration != null) {
                main.configure().setDurationMaxSeconds((int) duration.toSeconds());
            }
            main.run();
        }
    }

    /** {@code --duration 60s} (also {@code 2m}, {@code 90}, {@code PT1M}); null without the option. */
    static Duration duration(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = arg.startsWith("--duration=") ? arg.substring("--duration=".length())
                    : "--duration".equals(arg) && i + 1 < args.length ? args[i + 1] : null;
            if (value != null) {
                return parseDuration(value.trim());
            }
        }
        return null;
    }

    private static Duration parseDuration(String value) {
        try {
            if (value.startsWith("PT") || value.startsWith("pt")) {
                return Duration.parse(value.toUpperCase());
            }
            char unit = Character.toLowerCase(value.charAt(value.length() - 1));
            long amount = Long.parseLong(Character.isDigit(unit) ? value : value.substring(0, value.length() - 1));
            return switch (unit) {
                case 'h' -> Duration.ofHours(amount);
                case 'm' -> Duration.ofMinutes(amount);
                default -> Duration.ofSeconds(amount);
            };
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Invalid option '--duration': '" + value + "'; expected seconds,"
                                               + " minutes or hours such as 60s, 2m, 1h or PT90S", e);
        }
    }
}
