package io.github.camelbitget;

import java.util.Map;

import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.client.BitgetResponse;
import io.github.camelbitget.exception.BitgetApiException;
import io.github.camelbitget.exception.BitgetException;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * Readiness of a Bitget producer endpoint: Bitget answers the public server time and, for a private operation, a
 * cheap signed read (futures accounts or spot assets) in the endpoint's mode, so wrong credentials or a demo/live
 * mismatch show as DOWN with Bitget's code and message (which never contain the credentials); the kind of account
 * (classic or unified) is a detail of the result.
 */
final class BitgetHealthCheck extends ReadinessCheck {

    static final String ACCOUNT_TYPE = "bitget.accountType";

    private final BitgetEndpoint endpoint;
    private final String id;

    BitgetHealthCheck(BitgetEndpoint endpoint, String id) {
        this.endpoint = endpoint;
        this.id = id;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    void check(HealthCheckResultBuilder builder) {
        Mode mode = Mode.fromOption(endpoint.getConfiguration().getMode());
        builder.detail("bitget.operation", endpoint.getMarket() + "/" + endpoint.getOperation());
        builder.detail("bitget.mode", mode.optionValue());
        builder.detail("bitget.baseUrl", endpoint.getServiceUrl());
        try {
            endpoint.getClient().send(RequestPreparer.prepare(Operation.SERVER_TIME, mode, Map.of()));
            if (endpoint.isReconcileJournal() || endpoint.operation().requiresAuth()) {
                BitgetResponse signed = endpoint.getClient().send(signedProbe(mode));
                builder.detail(ACCOUNT_TYPE, signed.accountType().optionValue());
            }
            builder.up();
        } catch (BitgetApiException e) {
            builder.down().message("Bitget refused " + e.getContext().operation() + ": " + e.getCode() + " "
                                   + e.getDetail()).error(e).detail(BITGET_CODE, e.getCode());
            httpStatus(builder, e);
        } catch (BitgetException e) {
            builder.down().message(e.getMessage()).error(e);
            httpStatus(builder, e);
        }
    }

    private PreparedRequest signedProbe(Mode mode) {
        if (endpoint.market() == Market.SPOT) {
            return RequestPreparer.prepare(Operation.SPOT_ASSETS, mode, Map.of("coin", "USDT"));
        }
        return RequestPreparer.prepare(Operation.FUTURES_ACCOUNTS, mode,
                Map.of("productType", endpoint.getConfiguration().getProductType()));
    }

    private static void httpStatus(HealthCheckResultBuilder builder, BitgetException e) {
        if (e.getHttpStatus() > 0) {
            builder.detail(HTTP_RESPONSE_CODE, e.getHttpStatus());
        }
    }
}
