package io.github.camelbitget.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.github.camelbitget.exception.BitgetValidationException;
import io.github.camelbitget.model.WireValue;

/** The value types of Bitget parameters. */
final class ValueTypes {

    static final ValueType SYMBOL = new Text(Pattern.compile("[A-Z0-9$]{2,40}"), true,
            "a Bitget v2 symbol such as BTCUSDT (letters and digits; v1 names like BTCUSDT_UMCBL are not valid in v2)");
    static final ValueType COIN = new Text(Pattern.compile("[A-Z0-9$]{1,20}"), true, "a coin such as USDT or BTC");
    static final ValueType ID = new Text(Pattern.compile("[0-9]{1,40}"), false, "a numeric Bitget id");
    /** The characters both the classic (v2) and the unified (v3) API accept in a clientOid. */
    static final ValueType CLIENT_OID = new Text(Pattern.compile("[A-Za-z0-9_-]{1,32}"), false,
            "1 to 32 characters from A-Z a-z 0-9 _ - (accepted by classic and unified accounts alike)");
    static final ValueType POSITIVE_DECIMAL = new Decimal(false);
    static final ValueType NON_NEGATIVE_DECIMAL = new Decimal(true);
    static final ValueType EPOCH_MILLIS = new Integral(0, Long.MAX_VALUE, "epoch milliseconds, e.g. 1731000000000");
    static final ValueType YES_NO = new YesNo();
    /** Bitget's dead-man switch takes 5 to 60 seconds, or 0 to switch it off. */
    static final ValueType COUNTDOWN_SECONDS = new Countdown();

    private ValueTypes() {
    }

    static ValueType oneOf(String... values) {
        return new OneOf(List.of(values));
    }

    static ValueType integer(long min, long max) {
        return new Integral(min, max, "an integer from " + min + " to " + max);
    }

    /** A raw value as text; doubles are refused because they cannot carry a price or size exactly. */
    static String text(String option, Object raw) {
        if (raw instanceof Double || raw instanceof Float) {
            throw new BitgetValidationException(option, "Invalid option '" + option + "': " + raw + " is a "
                    + raw.getClass().getSimpleName() + "; pass prices, sizes and amounts as a String or BigDecimal");
        }
        if (raw instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (raw instanceof WireValue wireValue) {
            return wireValue.wireValue();
        }
        return raw.toString().trim();
    }

    static BitgetValidationException invalid(Operation operation, String option, Object raw, String accepted) {
        return new BitgetValidationException(option, "Invalid option '" + option + "' for " + operation + ": '" + raw
                                                     + "' is not accepted; expected " + accepted);
    }

    private record Text(Pattern pattern, boolean upperCase, String accepted) implements ValueType {

        @Override
        public Object normalize(Operation operation, String option, Object raw) {
            String value = text(option, raw);
            if (upperCase) {
                value = value.toUpperCase(Locale.ROOT);
            }
            if (!pattern.matcher(value).matches()) {
                throw invalid(operation, option, raw, accepted);
            }
            return value;
        }
    }

    private record OneOf(List<String> values) implements ValueType {

        @Override
        public Object normalize(Operation operation, String option, Object raw) {
            String value = text(option, raw);
            for (String candidate : values) {
                if (candidate.equalsIgnoreCase(value)) {
                    return candidate;
                }
            }
            throw invalid(operation, option, raw, accepted());
        }

        @Override
        public String accepted() {
            return "one of " + String.join(", ", values);
        }
    }

    /**
     * A plain decimal as Bitget writes them: digits with an optional fraction, no exponent (3e654068 would be a
     * 650 KB number), at most 24 digits before the point and 18 after.
     */
    private record Decimal(boolean zeroAllowed) implements ValueType {

        private static final Pattern PLAIN = Pattern.compile("\\+?(\\d+(\\.\\d*)?|\\.\\d+)");
        private static final int INTEGER_DIGITS = 24;
        private static final int FRACTION_DIGITS = 18;

        @Override
        public Object normalize(Operation operation, String option, Object raw) {
            BigDecimal decimal = raw instanceof BigDecimal given ? given : parse(operation, option, raw);
            if (decimal.signum() < 0 || decimal.signum() == 0 && !zeroAllowed
                || decimal.precision() - decimal.scale() > INTEGER_DIGITS || decimal.scale() > FRACTION_DIGITS) {
                throw invalid(operation, option, raw, accepted());
            }
            return decimal.toPlainString();
        }

        private BigDecimal parse(Operation operation, String option, Object raw) {
            String value = text(option, raw);
            if (!PLAIN.matcher(value).matches()) {
                throw invalid(operation, option, raw, accepted());
            }
            return new BigDecimal(value);
        }

        @Override
        public String accepted() {
            return (zeroAllowed ? "a decimal number >= 0 such as 0.5 (0 removes it)" : "a decimal number > 0 such as 0.01")
                   + ", plain digits (no exponent), at most " + INTEGER_DIGITS + " before and " + FRACTION_DIGITS
                   + " after the point";
        }
    }

    private record Integral(long min, long max, String accepted) implements ValueType {

        @Override
        public Object normalize(Operation operation, String option, Object raw) {
            String value = text(option, raw);
            try {
                BigInteger number = new BigInteger(value);
                if (number.compareTo(BigInteger.valueOf(min)) >= 0 && number.compareTo(BigInteger.valueOf(max)) <= 0) {
                    return number.toString();
                }
            } catch (NumberFormatException e) {
                // reported below with the accepted range
            }
            throw invalid(operation, option, raw, accepted);
        }
    }

    /** Bitget wants YES or NO; true and false are accepted as well. */
    private static final class YesNo implements ValueType {

        @Override
        public Object normalize(Operation operation, String option, Object raw) {
            String value = text(option, raw);
            if ("YES".equalsIgnoreCase(value) || "true".equalsIgnoreCase(value)) {
                return "YES";
            }
            if ("NO".equalsIgnoreCase(value) || "false".equalsIgnoreCase(value)) {
                return "NO";
            }
            throw invalid(operation, option, raw, accepted());
        }

        @Override
        public String accepted() {
            return "YES or NO (true and false are accepted too)";
        }
    }

    private static final class Countdown implements ValueType {

        private final ValueType range = integer(0, 60);

        @Override
        public Object normalize(Operation operation, String option, Object raw) {
            String seconds;
            try {
                seconds = (String) range.normalize(operation, option, raw);
            } catch (BitgetValidationException e) {
                throw invalid(operation, option, raw, accepted());
            }
            if (Integer.parseInt(seconds) > 0 && Integer.parseInt(seconds) < 5) {
                throw invalid(operation, option, raw, accepted());
            }
            return seconds;
        }

        @Override
        public String accepted() {
            return "0 (switch off) or 5 to 60 seconds";
        }
    }
}
