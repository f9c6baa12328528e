package io.github.camelbitget.examples.trading.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error answer. Never carries credentials: Bitget's messages and the component's do not. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "An error: a stable code for programs, a message for people")
public record ErrorBody(
        @Schema(description = "invalid_request, order_not_found, duplicate_order, insufficient_balance, invalid_order,"
                              + " position_mode, rejected, rate_limited, upstream_error, bitget_access,"
                              + " order_state_unknown or internal_error")
        String code,
        String message,
        @Schema(description = "Bitget's error code, when Bitget refused the request")
        String bitgetCode,
        @Schema(description = "The clientOid of an order whose state is unknown: look it up, or send it again with the"
                              + " same clientOid (Bitget refuses a duplicate)")
        String clientOid) {

    static ErrorBody of(String code, String message) {
        return new ErrorBody(code, message, null, null);
    }
}
