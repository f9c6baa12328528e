package io.github.camelbitget.examples.bridge;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON schema of an intent ({@code order-intent.schema.json}, also the documentation of the format). */
public final class IntentSchema {

    public static final String RESOURCE = "/order-intent.schema.json";

    private final JsonSchema schema;

    public IntentSchema() {
        try (InputStream in = IntentSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** The rules the intent breaks, sorted; empty when it is valid. */
    public List<String> violations(JsonNode intent) {
        return schema.validate(intent).stream().map(ValidationMessage::getMessage).sorted().toList();
    }
}
