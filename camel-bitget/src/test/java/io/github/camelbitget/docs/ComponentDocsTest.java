package io.github.camelbitget.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.ParamSpec;
import io.github.camelbitget.exception.BitgetErrors;
import io.github.camelbitget.exception.RequestContext;
import org.junit.jupiter.api.Test;

/**
 * Keeps the generated parts of {@code src/main/docs/bitget-component.adoc} (between {@code // name: START} and
 * {@code // name: END}) equal to what the code and the catalog say. Run with {@code -Dbitget.docs.update=true} to
 * rewrite them.
 */
class ComponentDocsTest {

    private static final Path ADOC = Path.of("src/main/docs/bitget-component.adoc");

    @Test
    void generatedSectionsAreCurrent() throws Exception {
        String current = Files.readString(ADOC);
        JsonNode catalog = catalog();
        String updated = current;
        updated = replace(updated, "operations", operations());
        updated = replace(updated, "component options", options(catalog.get("componentProperties")));
        updated = replace(updated, "endpoint options", options(catalog.get("properties")));
        updated = replace(updated, "component headers", headers(catalog.get("headers")));
        updated = replace(updated, "error codes", errorCodes());
        if (Boolean.getBoolean("bitget.docs.update")) {
            Files.writeString(ADOC, updated);
            return;
        }
        assertThat(current).as("bitget-component.adoc is stale: run the tests once with -Dbitget.docs.update=true")
                .isEqualTo(updated);
    }

    private static JsonNode catalog() throws Exception {
        try (InputStream in = ComponentDocsTest.class
                .getResourceAsStream("/META-INF/io/github/camelbitget/bitget.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    private static String replace(String document, String section, String content) {
        String start = "// " + section + ": START\n";
        String end = "// " + section + ": END";
        int from = document.indexOf(start);
        int to = document.indexOf(end);
        assertThat(from).as("marker " + start.trim()).isGreaterThanOrEqualTo(0);
        assertThat(to).as("marker " + end).isGreaterThan(from);
        return document.substring(0, from + start.length()) + content + document.substring(to);
    }

    private static String operations() {
        StringBuilder table = new StringBuilder("""
                [width="100%",cols="3,4,4,1,6,2",options="header"]
                |===
                | URI | Classic account (v2) | Unified account (v3) | Auth | Parameters (*required*, default) | Result
                """);
        for (Operation operation : Operation.values()) {
            String uri = operation.market() == null
                    ? "bitget:spot/" + operation.operationName() + " +\nbitget:futures/" + operation.operationName()
                    : "bitget:" + operation;
            String parameters = operation.params().stream().map(ComponentDocsTest::parameter)
                    .collect(Collectors.joining(", "));
            String classic = operation.hasClassicEndpoint()
                    ? "`" + operation.method() + " " + operation.path() + "` (" + operation.rateLimit() + ")" : "-";
            table.append("| `").append(uri.replace(" +\n", "` +\n`")).append("` | ").append(classic).append(" | ")
                    .append(unified(operation)).append(" | ")
                    .append(operation.requiresAuth() ? "private" : "public").append(" | ")
                    .append(parameters.isEmpty() ? "-" : parameters).append(" | `")
                    .append(operation.resultType().describe()).append("`\n");
        }
        return table.append("|===\n").toString();
    }

    private static String unified(Operation operation) {
        String route = operation.unified().describe();
        return operation.unified().isV3() ? "`" + route.replace(" (", "` (") : route;
    }

    private static String parameter(ParamSpec spec) {
        String name = spec.userMayOmit() ? spec.param().optionName() : "*" + spec.param().optionName() + "*";
        if (spec.defaultValue() != null) {
            return name + "=" + spec.defaultValue();
        }
        return spec.defaultNote() == null ? name : name + " (" + spec.defaultNote() + ")";
    }

    private static String options(JsonNode properties) {
        StringBuilder table = new StringBuilder("""
                [width="100%",cols="2,5,1,1",options="header"]
                |===
                | Name | Description | Default | Type
                """);
        properties.fields().forEachRemaining(entry -> {
            JsonNode option = entry.getValue();
            table.append("| *").append(entry.getKey()).append("* (").append(option.path("group").asText())
                    .append(") | ").append(escape(option.path("description").asText()));
            if (option.has("enum")) {
                List<String> values = new ArrayList<>();
                option.get("enum").forEach(value -> values.add(value.asText()));
                table.append(" Values: ").append(String.join(", ", values)).append('.');
            }
            table.append(" | ").append(option.has("defaultValue") ? option.get("defaultValue").asText() : "")
                    .append(" | ").append(option.path("type").asText()).append('\n');
        });
        return table.append("|===\n").toString();
    }

    private static String headers(JsonNode headers) {
        StringBuilder table = new StringBuilder("""
                [width="100%",cols="2,5,1",options="header"]
                |===
                | Name | Description | Type
                """);
        headers.fields().forEachRemaining(entry -> table.append("| `").append(entry.getKey()).append("` | ")
                .append(escape(entry.getValue().path("description").asText())).append(" | ")
                .append(entry.getValue().path("javaType").asText()).append('\n'));
        return table.append("|===\n").toString();
    }

    private static String errorCodes() {
        RequestContext context = new RequestContext("docs", "GET", "/", Map.of());
        Map<String, List<String>> codesByType = new TreeMap<>();
        for (String code : BitgetErrors.mappedCodes()) {
            String type = BitgetErrors.toException(code, "", context, 400, null).getClass().getSimpleName();
            codesByType.computeIfAbsent(type, key -> new ArrayList<>()).add(code);
        }
        StringBuilder table = new StringBuilder("""
                [width="100%",cols="2,3",options="header"]
                |===
                | Exception | Bitget codes
                """);
        codesByType.forEach((type, codes) -> table.append("| `").append(type).append("` | ")
                .append(codes.stream().sorted(Comparator.comparing((Function<String, Integer>) Integer::valueOf))
                        .collect(Collectors.joining(", ")))
                .append('\n'));
        return table.append("|===\n").toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|");
    }
}
