package io.github.camelbitget.simulator;

import java.util.function.Supplier;

/**
 * The engines speak the v2 error vocabulary; this gives their refusals the v3 codes of bitget-v3-uta.md §9
 * when a v3 endpoint calls them.
 */
final class UnifiedErrors {

    private UnifiedErrors() {
    }

    /** Runs an engine call for a spot ({@code spot}) or futures order and translates its refusal. */
    static <T> T translate(boolean spot, Supplier<T> engineCall) {
        try {
            return engineCall.get();
        } catch (BitgetError e) {
            throw translate(e, spot);
        }
    }

    static BitgetError translate(BitgetError error, boolean spot) {
        String msg = error.getMessage();
        return switch (error.code()) {
            case "43012" -> spot ? new BitgetError("25202", "Insufficient balance") : new BitgetError("25203", "Insufficient margin");
            case "45110", "45111" -> new BitgetError("25207", msg);
            case "45112" -> new BitgetError("25208", msg);
            case "45115" -> new BitgetError("25244", msg);
            case "40808" -> new BitgetError("40808", msg.replace(" size ", " qty "));
            case "22002" -> new BitgetError("25232", "No position to reduce");
            case "40757" -> new BitgetError("25232", "Not enough position is available to reduce");
            case "22001", "40768", "43001", "43004" -> orderDoesNotExist();
            case "40774" -> new BitgetError("25236", "Incorrect position open type");
            case "40034" -> new BitgetError("25100", msg.replace("Parameter ", "Symbol "));
            default -> error;
        };
    }

    static BitgetError orderDoesNotExist() {
        return new BitgetError("25204", "Order does not exist");
    }
}
