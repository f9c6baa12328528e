package io.github.camelbitget.exception;

import java.util.Map;

/**
 * What was being attempted when a Bitget call failed: the operation, the HTTP method and path, and the request
 * parameters. Credentials are sent only as HTTP headers and never appear here.
 */
public record RequestContext(String operation, String method, String path, Map<String, Object> parameters) {

    public RequestContext {
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String toString() {
        return operation + " " + method + " " + path + (parameters.isEmpty() ? "" : " " + parameters);
    }
}
