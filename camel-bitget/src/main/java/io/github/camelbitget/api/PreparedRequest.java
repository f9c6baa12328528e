package io.github.camelbitget.api;

import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

import io.github.camelbitget.exception.RequestContext;

/**
 * A checked, complete request, ready to be signed and sent: the user's parameters (the options of the operation, after
 * defaults), and their wire form for one API family — the v2 form as prepared, or the v3 form once routed to a
 * unified account — with the query string of a GET (keys in ascending order) or the JSON body of a POST, serialized
 * once so that the signed bytes are the sent bytes.
 *
 * @param defaulted    the parameters the user left out and that took the operation's default
 * @param accountType  {@link AccountType#CLASSIC} for the v2 wire form, {@link AccountType#UNIFIED} for v3
 * @param resultShaper turns the decoded {@code data} into the operation's result
 */
public record PreparedRequest(
        Operation operation,
        Mode mode,
        AccountType accountType,
        String method,
        String path,
        Map<String, Object> parameters,
        Set<Param> defaulted,
        String queryString,
        String body,
        RateLimit rateLimit,
        ResultType resultType,
        UnaryOperator<Object> resultShaper) {

    /** The same request on the v3 API of unified accounts. */
    PreparedRequest onUnifiedWire(String wireMethod, String wirePath, String wireQuery, String wireBody,
                                  RateLimit wireLimit, ResultType wireResult, UnaryOperator<Object> toResult) {
        return new PreparedRequest(operation, mode, AccountType.UNIFIED, wireMethod, wirePath, parameters, defaulted,
                wireQuery, wireBody, wireLimit, wireResult, toResult);
    }

    /** A parameter's value as text, or null. */
    public String parameter(Param param) {
        Object value = parameters.get(param.optionName());
        return value == null ? null : value.toString();
    }

    /** Whether the user gave the parameter (it is present and did not come from the operation's default). */
    public boolean isGiven(Param param) {
        return parameters.containsKey(param.optionName()) && !defaulted.contains(param);
    }

    /** The clientOid of an order request (given or generated), or null. */
    public String clientOid() {
        return parameter(Param.CLIENT_OID);
    }

    public RequestContext context() {
        return new RequestContext(operation.toString(), method, path, parameters);
    }
}
