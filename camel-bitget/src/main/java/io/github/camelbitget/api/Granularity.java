package io.github.camelbitget.api;

import java.util.List;

import io.github.camelbitget.exception.BitgetValidationException;

/**
 * Candle granularities. Futures and spot spell them differently (futures {@code 1m 1H 1D 1W}, spot
 * {@code 1min 1h 1day 1week}); a value in the other market's spelling is refused with the right spelling in the
 * message.
 */
final class Granularity implements ValueType {

    static final Granularity INSTANCE = new Granularity();

    /** Futures spellings; the spot spelling of the same interval is at the same index of {@link #SPOT}. */
    private static final List<String> FUTURES = List.of("1m", "3m", "5m", "15m", "30m", "1H", "4H", "6H", "12H", "1D",
            "3D", "1W", "1M", "6Hutc", "12Hutc", "1Dutc", "3Dutc", "1Wutc", "1Mutc");
    private static final List<String> SPOT = List.of("1min", "3min", "5min", "15min", "30min", "1h", "4h", "6h", "12h",
            "1day", "3day", "1week", "1M", "6Hutc", "12Hutc", "1Dutc", "3Dutc", "1Wutc", "1Mutc");

    private Granularity() {
    }

    @Override
    public Object normalize(Operation operation, String option, Object raw) {
        String value = ValueTypes.text(option, raw);
        boolean spot = operation.market() == Market.SPOT;
        List<String> own = spot ? SPOT : FUTURES;
        List<String> other = spot ? FUTURES : SPOT;
        if (own.contains(value)) {
            return value;
        }
        String marketName = spot ? "spot" : "futures";
        String hint;
        if (other.contains(value)) {
            hint = " '" + value + "' is the " + (spot ? "futures" : "spot") + " spelling; " + marketName
                   + " candles spell it '" + own.get(other.indexOf(value)) + "'.";
        } else {
            int ownMatch = indexIgnoringCase(own, value);
            int index = ownMatch >= 0 ? ownMatch : indexIgnoringCase(other, value);
            hint = index < 0 ? "" : " Granularity is case-sensitive: did you mean '" + own.get(index) + "'?";
        }
        throw new BitgetValidationException(option, "Invalid option '" + option + "' for " + operation + ": '" + value
                                                    + "' is not a " + marketName + " granularity." + hint
                                                    + " Accepted: " + accepted(own));
    }

    @Override
    public String accepted() {
        return "futures: " + accepted(FUTURES) + "; spot: " + accepted(SPOT);
    }

    private static int indexIgnoringCase(List<String> values, String value) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i).equalsIgnoreCase(value)) {
                return i;
            }
        }
        return -1;
    }

    private static String accepted(List<String> values) {
        return String.join(", ", values);
    }
}
