package io.github.camelbitget.unified;

/** One order's outcome in a v3 batch or close-positions answer; an empty or {@code 00000} code is a success. */
public record UtaItemResult(String orderId, String clientOid, String code, String msg) {

    boolean succeeded() {
        return code == null || code.isEmpty() || "00000".equals(code) || "0".equals(code);
    }
}
