package io.github.camelbitget;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.api.Market;
import io.github.camelbitget.api.Mode;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.Param;
import io.github.camelbitget.api.ParamSpec;
import io.github.camelbitget.api.PreparedRequest;
import io.github.camelbitget.api.RequestPreparer;
import io.github.camelbitget.model.BitgetRequest;
import org.apache.camel.Message;

/**
 * Builds the request of one message: the operation ({@code CamelBitgetOperation} header, else the endpoint's), and
 * each parameter from the body, else its {@code CamelBitget*} header, else the endpoint and component options.
 */
final class RequestResolver {

    private final Market market;
    private final Operation endpointOperation;
    private final BitgetConfiguration configuration;

    RequestResolver(Market market, Operation endpointOperation, BitgetConfiguration configuration) {
        this.market = market;
        this.endpointOperation = endpointOperation;
        this.configuration = configuration;
    }

    PreparedRequest resolve(Message message) {
        String operationHeader = message.getHeader(BitgetConstants.OPERATION, String.class);
        Operation operation = operationHeader == null ? endpointOperation : Operation.resolve(market, operationHeader);
        Mode mode = Mode.fromOption(message.getHeader(BitgetConstants.MODE, configuration.getMode(), String.class));
        Map<String, Object> parameters = new HashMap<>();
        for (ParamSpec spec : operation.params()) {
            Param param = spec.param();
            Object value = message.getHeader(param.headerName());
            if (value == null) {
                value = configuration.getParameter(param);
            }
            if (value != null) {
                parameters.put(param.optionName(), value);
            }
        }
        bodyParameters(message.getBody(), operation).forEach((name, value) -> {
            if (value != null) {
                parameters.put(name, value);
            }
        });
        return RequestPreparer.prepare(operation, mode, parameters);
    }

    /** The endpoint's request from its options alone, as a consumer polls it. */
    PreparedRequest fromConfiguration() {
        Map<String, Object> parameters = new HashMap<>();
        for (ParamSpec spec : endpointOperation.params()) {
            String value = configuration.getParameter(spec.param());
            if (value != null) {
                parameters.put(spec.param().optionName(), value);
            }
        }
        return RequestPreparer.prepare(endpointOperation, Mode.fromOption(configuration.getMode()), parameters);
    }

    /**
     * The parameters a body carries: a request record, a Map, or a JSON object (as text or bytes); for a batch also a
     * plain list of orders. Any other body (a timer's null, a previous result) carries none.
     */
    private static Map<String, Object> bodyParameters(Object body, Operation operation) {
        if (body instanceof BitgetRequest || body instanceof Map<?, ?>) {
            return BitgetJson.toParameters(body);
        }
        if (body instanceof byte[] bytes) {
            body = new String(bytes, StandardCharsets.UTF_8);
        }
        if (body instanceof String text && text.stripLeading().startsWith("{")) {
            return BitgetJson.toParameters(text);
        }
        if (body instanceof List<?> orders && operation.spec(Param.ORDER_LIST) != null) {
            return Map.of(Param.ORDER_LIST.optionName(), orders);
        }
        return Map.of();
    }
}
