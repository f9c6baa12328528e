package io.github.camelbitget.model;

import java.util.List;

/** Bitget sends {@code null} or omits lists that are empty; records expose an empty list instead. */
public final class Lists {

    private Lists() {
    }

    public static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
