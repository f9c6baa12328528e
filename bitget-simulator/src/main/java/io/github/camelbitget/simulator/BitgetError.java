package io.github.camelbitget.simulator;

/**
 * A Bitget error answer: the {@code code} and {@code msg} of the envelope plus the HTTP status.
 * Thrown anywhere below the router and turned into {@code {"code":..,"msg":..,"data":null}}.
 */
final class BitgetError extends RuntimeException {

    private final int httpStatus;
    private final String code;

    BitgetError(int httpStatus, String code, String msg) {
        super(msg, null, false, false);
        this.httpStatus = httpStatus;
        this.code = code;
    }

    BitgetError(String code, String msg) {
        this(400, code, msg);
    }

    int httpStatus() {
        return httpStatus;
    }

    String code() {
        return code;
    }

    static BitgetError parameterEmpty(String name) {
        return new BitgetError("40019", "Parameter " + name + " cannot be empty");
    }

    static BitgetError parameterError(String name) {
        return new BitgetError("40020", "Parameter " + name + " error");
    }

    static BitgetError doesNotExist(String value) {
        return new BitgetError("40034", "Parameter " + value + " does not exist");
    }

    static BitgetError checkScale(String name, String value, int scale) {
        return new BitgetError("40808", "Parameter verification exception " + name
                + " checkBDScale error value=" + value + " checkScale=" + scale);
    }

    static BitgetError insufficientBalance() {
        return new BitgetError("43012", "Insufficient balance");
    }

    static BitgetError clientOidDuplicate() {
        return new BitgetError("43118", "clientOrderId duplicate");
    }

    static BitgetError positionModeMismatch() {
        return new BitgetError("40774", "The order type for unilateral position must also be the unilateral position type.");
    }

    static BitgetError notEnoughPosition() {
        return new BitgetError("40757", "Not enough position is available.");
    }

    static BitgetError notFound() {
        return new BitgetError(404, "40404", "Request URL NOT FOUND");
    }

    static BitgetError tooManyRequests() {
        return new BitgetError(429, "429", "Too Many Requests");
    }
}
