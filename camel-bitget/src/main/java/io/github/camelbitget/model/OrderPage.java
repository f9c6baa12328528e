package io.github.camelbitget.model;

import java.util.List;

/** Bitget's wrapper of a futures order list; {@code endId} is the cursor for the next, older page. */
public record OrderPage(List<FuturesOrder> entrustedList, String endId) implements Page<FuturesOrder> {

    public OrderPage {
        entrustedList = Lists.orEmpty(entrustedList);
    }

    @Override
    public List<FuturesOrder> items() {
        return entrustedList;
    }
}
