package io.github.camelbitget.model;

import java.util.List;

/** Bitget's wrapper of a futures fill list; {@code endId} is the cursor for the next, older page. */
public record FillPage(List<FuturesFill> fillList, String endId) implements Page<FuturesFill> {

    public FillPage {
        fillList = Lists.orEmpty(fillList);
    }

    @Override
    public List<FuturesFill> items() {
        return fillList;
    }
}
