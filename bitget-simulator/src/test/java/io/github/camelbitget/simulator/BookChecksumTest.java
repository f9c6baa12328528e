package io.github.camelbitget.simulator;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BookChecksumTest {

    private static WireBook.Level level(String price, String size) {
        return new WireBook.Level(price, size);
    }

    @Test
    void matchesTheVectorOfTheReference() {
        List<WireBook.Level> bids = List.of(level("27000.0", "2.710"), level("26999.5", "1.460"), level("26999.0", "0.500"));
        List<WireBook.Level> asks = List.of(level("27000.5", "8.760"), level("27001.0", "0.400"));

        assertThat(BookChecksum.of(bids, asks)).isEqualTo(-1129438835);
    }

    @Test
    void coversOnlyTheTop25LevelsAndTheExactStrings() {
        List<WireBook.Level> bids = new ArrayList<>();
        List<WireBook.Level> asks = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            bids.add(level(Integer.toString(1000 - i), "1"));
            asks.add(level(Integer.toString(1001 + i), "1"));
        }
        int top25 = BookChecksum.of(bids, asks);
        bids.add(level("1", "5"));

        assertThat(BookChecksum.of(bids, asks)).isEqualTo(top25);
        assertThat(BookChecksum.of(List.of(level("1", "0.5")), List.of()))
                .isNotEqualTo(BookChecksum.of(List.of(level("1", "0.50")), List.of()));
    }
}
