package io.github.camelbitget.model;

/** An enum constant with the spelling Bitget uses on the wire. */
public interface WireValue {

    String wireValue();

    /** Other spellings Bitget is known to use for the same value. */
    default boolean isSynonym(String value) {
        return false;
    }

    /**
     * Reads Bitget's spelling in any case, and its known synonyms; null for a value this version does not know, so
     * that a new value introduced by Bitget does not break parsing of the whole response.
     */
    static <E extends Enum<E> & WireValue> E fromWire(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        for (E candidate : type.getEnumConstants()) {
            if (candidate.wireValue().equalsIgnoreCase(value) || candidate.isSynonym(value)) {
                return candidate;
            }
        }
        return null;
    }
}
