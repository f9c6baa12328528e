package io.github.camelbitget.examples.trading.api;

import java.time.Duration;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetException;
import io.github.camelbitget.exception.BitgetOrderStateUnknownException;
import io.github.camelbitget.exception.BitgetRateLimitException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure as a JSON {@link ErrorBody}; a component failure with the status {@link HttpError} gives it. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public RestResponse<ErrorBody> bitget(BitgetException failure) {
        HttpError error = HttpError.of(failure);
        if (error.isServerError()) {
            LOG.warnf("Answering %d %s: %s", error.status(), error.code(), failure.getMessage());
        }
        BitgetApiException refusal = failure instanceof BitgetApiException api ? api : null;
        ResponseBuilder<ErrorBody> response = json(error.status(), new ErrorBody(error.code(),
                refusal != null ? refusal.getDetail() : failure.getMessage(),
                refusal != null ? refusal.getCode() : null,
                failure instanceof BitgetOrderStateUnknownException unknown ? unknown.getClientOid() : null));
        if (failure instanceof BitgetRateLimitException limited && limited.getRetryAfter() != null) {
            response.header(HttpHeaders.RETRY_AFTER, retryAfterSeconds(limited.getRetryAfter()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public RestResponse<ErrorBody> duplicate(DuplicateOrderException failure) {
        return json(409, new ErrorBody("duplicate_order", failure.getMessage(), null,
                failure.existing().clientOid())).build();
    }

    /** Bean Validation of the request: {@code side: must be buy or sell; size: must be greater than 0}. */
    @ServerExceptionMapper
    public RestResponse<ErrorBody> invalid(ConstraintViolationException failure) {
        return badRequest(failure.getConstraintViolations().stream()
                .map(violation -> leafName(violation) + ": " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; ")));
    }

    /**
     * A body that is not JSON, or a value of the wrong type ({@code "size": "abc"}); ahead of Quarkus' own mapper for
     * the latter, so that every error has the same shape.
     */
    @ServerExceptionMapper(value = { JsonParseException.class, MismatchedInputException.class },
                           priority = Priorities.USER - 1)
    public RestResponse<ErrorBody> unreadable(JsonProcessingException failure) {
        return badRequest("The request body is not a valid order: " + failure.getOriginalMessage());
    }

    private static RestResponse<ErrorBody> badRequest(String message) {
        return json(400, ErrorBody.of("invalid_request", message)).build();
    }

    private static ResponseBuilder<ErrorBody> json(int status, ErrorBody body) {
        return ResponseBuilder.<ErrorBody>create(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE);
    }

    /** The parameter or field that failed: {@code size}, not {@code place.order.size}. */
    private static String leafName(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    private static long retryAfterSeconds(Duration retryAfter) {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
