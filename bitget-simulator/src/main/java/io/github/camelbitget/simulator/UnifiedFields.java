package io.github.camelbitget.simulator;

import java.util.Set;

/**
 * The parameters a v3 endpoint takes. Anything else is refused, so a request translated from v2 that still
 * carries v2 names ({@code size}, {@code force}, {@code marginCoin}, {@code productType}, {@code newClientOid},
 * {@code presetStopSurplusPrice}, ...) fails loudly instead of being half understood: {@code 25236} for the
 * v2 direction fields (bitget-v3-uta.md §7.1, passivbot PR #601), {@code 40034} for the others.
 */
final class UnifiedFields {

    private static final Set<String> V2_DIRECTION_FIELDS = Set.of("tradeSide", "holdSide");

    private final Set<String> allowed;

    private UnifiedFields(Set<String> allowed) {
        this.allowed = allowed;
    }

    static UnifiedFields of(String... names) {
        return new UnifiedFields(Set.of(names));
    }

    void check(Params params) {
        for (String name : params.names()) {
            if (allowed.contains(name)) {
                continue;
            }
            if (V2_DIRECTION_FIELDS.contains(name)) {
                throw new BitgetError("25236", "Incorrect position open type, parameter " + name + " is not supported");
            }
            throw BitgetError.doesNotExist(name);
        }
    }
}
