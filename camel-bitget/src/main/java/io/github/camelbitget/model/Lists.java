package io.github.camelbitget.model;

import java.util.List;

/** Bitget sends {@code null} or omits lists that are empty; records expose an empty list instead. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
