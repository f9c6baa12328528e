package io.github.camelbitget.simulator;

/** An enum with Bitget's spelling on the wire; parsing ignores case, as Bitget does. */
interface Wire {

    String wire();

    static <E extends Enum<E> & Wire> E parse(Class<E> type, String text) {
        for (E value : type.getEnumConstants()) {
            if (value.wire().equalsIgnoreCase(text)) {
                return value;
            }
        }
        return null;
    }
}
