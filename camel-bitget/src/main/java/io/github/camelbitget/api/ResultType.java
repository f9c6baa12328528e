package io.github.camelbitget.api;

import java.io.IOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import io.github.camelbitget.model.Page;

/**
 * How the {@code data} of an operation's answer becomes the result: one record, a list of records, or the items of a
 * page whose {@code endId} is kept as the cursor.
 */
public final class ResultType {

    /** The result, and the cursor of a paginated list (null otherwise). */
    public record Decoded(Object value, String endId) {
    }

    private enum Shape {
        OBJECT,
        LIST,
        PAGE
    }

    private final Shape shape;
    private final Class<?> recordType;
    private final ObjectReader reader;

    private ResultType(Shape shape, Class<?> recordType, JavaType javaType) {
        this.shape = shape;
        this.recordType = recordType;
        this.reader = BitgetJson.MAPPER.readerFor(javaType);
    }

    static ResultType object(Class<?> type) {
        return new ResultType(Shape.OBJECT, type, BitgetJson.MAPPER.constructType(type));
    }

    static ResultType list(Class<?> itemType) {
        return new ResultType(Shape.LIST, itemType,
                BitgetJson.MAPPER.getTypeFactory().constructCollectionType(List.class, itemType));
    }

    static ResultType page(Class<? extends Page<?>> pageType, Class<?> itemType) {
        return new ResultType(Shape.PAGE, itemType, BitgetJson.MAPPER.constructType(pageType));
    }

    /** A page of a generic page type such as {@code UtaPage<UtaOrder>}. */
    @SuppressWarnings("rawtypes")
    static ResultType pageOf(Class<? extends Page> genericPageType, Class<?> itemType) {
        return new ResultType(Shape.PAGE, itemType,
                BitgetJson.MAPPER.getTypeFactory().constructParametricType(genericPageType, itemType));
    }

    /** The record type of the result, or of its list items. */
    public Class<?> recordType() {
        return recordType;
    }

    /** Whether the result is a {@code List}. */
    public boolean isList() {
        return shape != Shape.OBJECT;
    }

    /** Reads the {@code data} value the parser is positioned at. */
    public Decoded read(JsonParser parser) throws IOException {
        Object value = reader.readValue(parser);
        return switch (shape) {
            case OBJECT -> new Decoded(value, null);
            case LIST -> new Decoded(value == null ? List.of() : value, null);
            case PAGE -> value == null
                    ? new Decoded(List.of(), null)
                    : new Decoded(((Page<?>) value).items(), ((Page<?>) value).endId());
        };
    }

    /** The Java type of the result, for documentation: {@code List<FuturesTicker>}, {@code OrderResult}. */
    public String describe() {
        return isList() ? "List<" + recordType.getSimpleName() + ">" : recordType.getSimpleName();
    }
}
