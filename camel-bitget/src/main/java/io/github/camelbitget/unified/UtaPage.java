package io.github.camelbitget.unified;

import java.util.List;

import io.github.camelbitget.model.Lists;
import io.github.camelbitget.model.Page;

/** The v3 list wrapper {@code {"list":[...],"cursor":"..."}}; the cursor is the next page's start. */
public record UtaPage<T>(List<T> list, String cursor) implements Page<T> {

    public UtaPage {
        list = Lists.orEmpty(list);
    }

    @Override
    public List<T> items() {
        return list;
    }

    @Override
    public String endId() {
        return cursor == null || cursor.isEmpty() ? null : cursor;
    }
}
