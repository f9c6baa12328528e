package io.github.camelbitget.examples.trading.bitget;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.RuntimeCamelException;

/**
 * Calls one {@code bitget:} operation and returns its answer, or throws the component's own exception (a
 * {@code BitgetException} subclass) for the REST layer to map. Request values travel in the message body, as a map
 * keyed by option name or as a request record; they are never put into the endpoint URI, where a crafted value such
 * as {@code BTCUSDT&baseUrl=...} could set another option.
 */
@ApplicationScoped
public class BitgetGateway {

    @Inject
    ProducerTemplate producer;

    /** The answer with its headers; {@code operation} such as {@code futures/placeOrder}. */
    public Message send(String operation, Object request) {
        Exchange exchange = producer.send("bitget:" + operation, sent -> sent.getMessage().setBody(request));
        Exception failure = exchange.getException();
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure != null) {
            throw new RuntimeCamelException(failure);
        }
        return exchange.getMessage();
    }

    /** The answer's typed body. */
    public <T> T call(String operation, Object request, Class<T> resultType) {
        return send(operation, request).getBody(resultType);
    }

    /** An operation whose result is a list of records. */
    @SuppressWarnings("unchecked")
    public <T> List<T> list(String operation, Object request) {
        return call(operation, request, List.class);
    }
}
