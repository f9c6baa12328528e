package io.github.camelbitget.api;

/**
 * How an operation takes a parameter: required or not, its default, and the values it accepts. {@code defaultNote}
 * describes a default that a rule works out from other parameters (a generated clientOid, the product type's margin
 * coin).
 */
public record ParamSpec(Param param, boolean required, String defaultValue, String defaultNote, ValueType type) {

    static ParamSpec required(Param param) {
        return new ParamSpec(param, true, null, null, param.type());
    }

    static ParamSpec optional(Param param) {
        return new ParamSpec(param, false, null, null, param.type());
    }

    /** A parameter that Bitget requires but that has a default here, so the user may leave it out. */
    static ParamSpec defaulted(Param param, String defaultValue) {
        return new ParamSpec(param, true, defaultValue, null, param.type());
    }

    /** A parameter whose default a rule of the operation works out. */
    static ParamSpec derived(Param param, boolean required, String defaultNote) {
        return new ParamSpec(param, required, null, defaultNote, param.type());
    }

    ParamSpec accepting(ValueType otherType) {
        return new ParamSpec(param, required, defaultValue, defaultNote, otherType);
    }

    /** Whether the user may leave the parameter out. */
    public boolean userMayOmit() {
        return !required || defaultValue != null || defaultNote != null;
    }

    /** The accepted values, for messages and documentation. */
    public String accepted() {
        return type.accepted();
    }
}
