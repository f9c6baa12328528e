package io.github.camelbitget.simulator;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Bitget's order-book checksum (bitget-api.md §7.4): CRC32 of the top 25 levels as
 * {@code bid1p:bid1s:ask1p:ask1s:bid2p:...} (a side that runs out is skipped), read as a signed 32-bit int.
 * Levels are the strings sent on the wire, so {@code "0.500"} and {@code "0.5"} give different checksums.
 */
final class BookChecksum {

    static final int LEVELS = 25;

    private BookChecksum() {
    }

    /** Bids descending, asks ascending. */
    static int of(List<WireBook.Level> bids, List<WireBook.Level> asks) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < LEVELS; i++) {
            if (i < bids.size()) {
                parts.add(bids.get(i).price());
                parts.add(bids.get(i).size());
            }
            if (i < asks.size()) {
                parts.add(asks.get(i).price());
                parts.add(asks.get(i).size());
            }
        }
        CRC32 crc = new CRC32();
        crc.update(String.join(":", parts).getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }
}
