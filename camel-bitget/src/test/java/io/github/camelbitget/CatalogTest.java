package io.github.camelbitget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.camelbitget.api.Operation;
import io.github.camelbitget.api.Param;
import org.junit.jupiter.api.Test;

/** The generated catalog (bitget.json) documents every option, header and operation. */
class CatalogTest {

    private static JsonNode catalog() throws Exception {
        try (InputStream in = CatalogTest.class.getResourceAsStream("/META-INF/io/github/camelbitget/bitget.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void everyOptionAndHeaderHasADescription() throws Exception {
        JsonNode catalog = catalog();
        List<String> undocumented = new ArrayList<>();
        for (String section : List.of("componentProperties", "properties", "headers")) {
            catalog.get(section).fields().forEachRemaining(entry -> {
                if (entry.getValue().path("description").asText().isBlank()) {
                    undocumented.add(section + "." + entry.getKey());
                }
            });
        }
        assertThat(undocumented).isEmpty();
        assertThat(catalog.get("component").get("description").asText()).contains("Bitget");
    }

    @Test
    void everyParameterIsAnEndpointOptionAComponentOptionAndAHeader() throws Exception {
        JsonNode catalog = catalog();
        for (Param param : Param.values()) {
            assertThat(catalog.get("headers").has(param.headerName())).as(param.headerName()).isTrue();
            if (param != Param.ORDER_LIST) {
                assertThat(catalog.get("properties").has(param.optionName())).as(param.optionName()).isTrue();
                assertThat(catalog.get("componentProperties").has(param.optionName())).as(param.optionName())
                        .isTrue();
            }
        }
        for (String header : List.of(BitgetConstants.OPERATION, BitgetConstants.MODE, BitgetConstants.REQUEST_TIME,
                BitgetConstants.END_ID, BitgetConstants.ORDER_ID, BitgetConstants.CLIENT_OID)) {
            assertThat(catalog.get("headers").has(header)).as(header).isTrue();
        }
    }

    @Test
    void credentialsAreSecretSecurityOptions() throws Exception {
        JsonNode properties = catalog().get("properties");
        for (String secret : List.of("apiKey", "secretKey", "passphrase")) {
            assertThat(properties.get(secret).get("secret").asBoolean()).as(secret).isTrue();
            assertThat(properties.get(secret).get("label").asText()).isEqualTo("security");
        }
        properties.fields().forEachRemaining(entry -> {
            if (!List.of("apiKey", "secretKey", "passphrase").contains(entry.getKey())) {
                assertThat(entry.getValue().get("secret").asBoolean()).as(entry.getKey()).isFalse();
            }
        });
    }

    @Test
    void everyOperationIsListedInThePath() throws Exception {
        JsonNode enums = catalog().get("properties").get("operation").get("enum");
        List<String> listed = new ArrayList<>();
        enums.forEach(value -> listed.add(value.asText()));
        for (Operation operation : Operation.values()) {
            assertThat(listed).as(operation.toString()).contains(operation.operationName());
        }
        assertThat(catalog().get("properties").get("operation").get("description").asText())
                .contains(Operation.namesOf(io.github.camelbitget.api.Market.FUTURES).split(", "));
    }

    @Test
    void seedDefaultsAreTheDocumentedDefaults() throws Exception {
        JsonNode properties = catalog().get("properties");
        assertThat(properties.get("mode").get("defaultValue").asText()).isEqualTo("live");
        assertThat(properties.get("productType").get("defaultValue").asText()).isEqualTo("USDT-FUTURES");
        assertThat(properties.get("baseUrl").get("defaultValue").asText()).isEqualTo("https://api.bitget.com");
        Map<String, String> constants = Map.of("mode", "live,demo", "side", "buy,sell", "holdSide", "long,short");
        constants.forEach((option, values) -> {
            List<String> listed = new ArrayList<>();
            properties.get(option).get("enum").forEach(value -> listed.add(value.asText()));
            assertThat(String.join(",", listed)).isEqualTo(values);
        });
    }
}
