package io.github.camelbitget.model;

import java.util.List;

/** A page of a cursor-paginated list; pass {@code endId} as {@code idLessThan} to read the next, older page. */
public interface Page<T> {

    List<T> items();

    String endId();
}
