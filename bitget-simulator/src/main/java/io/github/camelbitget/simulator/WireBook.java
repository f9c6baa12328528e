package io.github.camelbitget.simulator;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/** An order book as the WebSocket sends it: price and size strings, bids descending, asks ascending. */
record WireBook(List<Level> bids, List<Level> asks) {

    record Level(String price, String size) {
    }

    static WireBook of(OrderBook book) {
        return new WireBook(levels(book.bids()), levels(book.asks()));
    }

    private static List<Level> levels(List<OrderBook.Level> levels) {
        return levels.stream().map(l -> new Level(Json.text(l.price()), Json.text(l.size()))).toList();
    }

    int checksum() {
        return BookChecksum.of(bids, asks);
    }

    /** {@code {"asks":[[p,s],...],"bids":[[p,s],...]}}. */
    ObjectNode toJson() {
        ObjectNode node = Json.object();
        node.set("asks", array(asks));
        node.set("bids", array(bids));
        return node;
    }

    static ArrayNode array(List<Level> levels) {
        ArrayNode array = Json.array();
        levels.forEach(level -> array.addArray().add(level.price()).add(level.size()));
        return array;
    }
}
