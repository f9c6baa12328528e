package io.github.camelbitget.api;

/** How a parameter value is checked and spelled on the wire. */
interface ValueType {

    /**
     * The wire form of a raw value (String, number, enum, ...).
     *
     * @throws io.github.camelbitget.exception.BitgetValidationException naming the option and the accepted values
     */
    Object normalize(Operation operation, String option, Object raw);

    /** What is accepted, for messages and documentation. */
    String accepted();
}
