package io.github.camelbitget.api;

import java.util.Map;
import java.util.function.UnaryOperator;

import io.github.camelbitget.exception.RequestContext;

/**
 * A checked, complete request, ready to be signed and sent: the parameters in Bitget's wire form, the query string of
 * a GET (keys in ascending order) or the JSON body of a POST, serialized once so that the signed bytes are the sent
 * bytes.
 */
public record PreparedRequest(
        Operation operation,
        Mode mode,
        String path,
        Map<String, Object> parameters,
        String queryString,
        String body,
        UnaryOperator<Object> resultShaper) {

    public String method() {
        return operation.method();
    }

    /** The clientOid of an order request (given or generated), or null. */
    public String clientOid() {
        Object clientOid = parameters.get(Param.CLIENT_OID.optionName());
        return clientOid == null ? null : clientOid.toString();
    }

    public RequestContext context() {
        return new RequestContext(operation.toString(), method(), path, parameters);
    }
}
