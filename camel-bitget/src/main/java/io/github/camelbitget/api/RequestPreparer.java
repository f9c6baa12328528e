package io.github.camelbitget.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.github.camelbitget.exception.BitgetValidationException;

/**
 * Turns raw parameter values into a {@link PreparedRequest}: fills defaults, checks every value and every rule, and
 * fails with a message naming the option and the accepted values before anything is sent.
 */
public final class RequestPreparer {

    private RequestPreparer() {
    }

    /**
     * @param raw parameter values by option name (Bitget's field names); null or blank values count as absent.
     *            Values may be Strings, BigDecimals, integers or the model's enums.
     */
    public static PreparedRequest prepare(Operation operation, Mode mode, Map<String, ?> raw) {
        RequestDraft draft = complete(operation, operation.params(), operation.rules(), raw);
        Map<String, Object> parameters = new LinkedHashMap<>();
        for (ParamSpec spec : operation.params()) {
            Object value = draft.value(spec.param());
            if (value != null) {
                parameters.put(spec.param().optionName(), value);
            }
        }
        boolean get = "GET".equals(operation.method());
        return new PreparedRequest(operation, mode, AccountType.CLASSIC, operation.method(), draft.path(), parameters,
                draft.defaulted(), get ? queryString(parameters) : "", get ? null : BitgetJson.write(parameters),
                operation.rateLimit(), operation.resultType(), draft.resultShaper());
    }

    static RequestDraft complete(Operation operation, List<ParamSpec> specs, List<RequestRule> rules,
                                 Map<String, ?> raw) {
        rejectUnknown(operation, specs, raw);
        RequestDraft draft = new RequestDraft(operation);
        for (ParamSpec spec : specs) {
            Object value = raw.get(spec.param().optionName());
            if (isAbsent(value)) {
                value = spec.defaultValue();
                if (value != null) {
                    draft.defaulted(spec.param());
                }
            }
            if (value != null) {
                draft.put(spec.param(), spec.type().normalize(operation, spec.param().optionName(), value));
            }
        }
        rules.forEach(rule -> rule.apply(draft));
        Rules.TIME_RANGE.apply(draft);
        for (ParamSpec spec : specs) {
            if (spec.required() && !draft.has(spec.param())) {
                throw missing(operation, spec);
            }
        }
        return draft;
    }

    static boolean isAbsent(Object value) {
        return value == null || value instanceof CharSequence text && text.toString().isBlank();
    }

    private static void rejectUnknown(Operation operation, List<ParamSpec> specs, Map<String, ?> raw) {
        for (String name : raw.keySet()) {
            if (specs.stream().noneMatch(spec -> spec.param().optionName().equals(name))) {
                throw new BitgetValidationException(name, "Option '" + name + "' does not apply to " + operation
                        + "; accepted: " + specs.stream().map(spec -> spec.param().optionName())
                                .collect(Collectors.joining(", ")));
            }
        }
    }

    private static BitgetValidationException missing(Operation operation, ParamSpec spec) {
        Param param = spec.param();
        return new BitgetValidationException(param.optionName(), operation + " needs option '" + param.optionName()
                + "' (" + spec.accepted() + "): set it on the endpoint URI, in header " + param.headerName()
                + " or in the message body");
    }

    /** Keys in ascending order, raw values: the query string Bitget signs (values are checked to need no escaping). */
    static String queryString(Map<String, Object> parameters) {
        return parameters.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
    }
}
