package io.github.camelbitget.stream;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelbitget.api.BitgetJson;
import io.github.camelbitget.model.OrderBook;
import io.github.camelbitget.model.OrderBookLevel;
import org.junit.jupiter.api.Test;

/** The local book of channel books: merge rules and Bitget's checksum (bitget-api.md §7.4). */
class LocalOrderBookTest {

    @Test
    void checksumMatchesTheTestVector() {
        List<String[]> bids = List.of(level("27000.0", "2.710"), level("26999.5", "1.460"), level("26999.0", "0.500"));
        List<String[]> asks = List.of(level("27000.5", "8.760"), level("27001.0", "0.400"));

        assertThat(LocalOrderBook.checksum(bids, asks)).isEqualTo(-1129438835);
    }

    @Test
    void updatesMergeByNumericPriceAndKeepBitgetsStrings() throws Exception {
        LocalOrderBook book = new LocalOrderBook();
        book.snapshot(json("""
                {"bids":[["10.0","1.0"],["9.5","2"]],"asks":[["10.5","0.5000"],["11","3"]],"seq":7,"ts":"1700"}"""));

        String broken = book.update(json("""
                {"bids":[["9.5","0"],["9.75","4.00"]],"asks":[["10.25","1"]],"seq":8,"checksum":0,"ts":"1701"}"""));

        assertThat(broken).isNull();
        OrderBook top = book.top(25);
        assertThat(top.bids()).extracting(level -> level.price().toPlainString())
                .containsExactly("10.0", "9.75");
        assertThat(top.asks()).extracting(level -> level.price().toPlainString())
                .containsExactly("10.25", "10.5", "11");
        assertThat(top.asks().get(1).size().toPlainString()).isEqualTo("0.5000");
        assertThat(top.ts()).isEqualTo(1701L);
        assertThat(book.top(1).asks()).containsExactly(new OrderBookLevel(new BigDecimal("10.25"), BigDecimal.ONE));
    }

    @Test
    void theChecksumOfEveryUpdateIsVerified() throws Exception {
        LocalOrderBook book = new LocalOrderBook();
        book.snapshot(json("""
                {"bids":[["27000.0","2.710"],["26999.5","1.460"]],"asks":[["27000.5","8.760"]],"seq":1}"""));

        assertThat(book.update(json("""
                {"bids":[["26999.0","0.500"]],"asks":[["27001.0","0.400"]],"seq":2,"checksum":-1129438835}""")))
                .isNull();
        assertThat(book.update(json("""
                {"bids":[],"asks":[["27001.0","0.500"]],"seq":3,"checksum":-1129438835}""")))
                .startsWith("checksum");
    }

    @Test
    void aSeqGapOrDecreaseBreaksTheBook() throws Exception {
        LocalOrderBook book = new LocalOrderBook();
        book.snapshot(json("""
                {"bids":[["1","1"]],"asks":[["2","1"]],"seq":10}"""));

        assertThat(book.update(json("""
                {"bids":[],"asks":[],"seq":12}"""))).isEqualTo("seq 12 after 10");
        book.snapshot(json("""
                {"bids":[["1","1"]],"asks":[["2","1"]],"seq":10}"""));
        assertThat(book.update(json("""
                {"bids":[],"asks":[],"seq":9}"""))).isEqualTo("seq 9 after 10");
    }

    @Test
    void updatesOutputKeepsRemovedLevels() throws Exception {
        OrderBook sent = LocalOrderBook.asSent(json("""
                {"bids":[["9.5","0"]],"asks":[["10.25","1"]],"seq":8,"ts":"5"}"""));

        assertThat(sent.bids()).extracting(level -> level.size().signum()).containsExactly(0);
        assertThat(sent.asks()).hasSize(1);
    }

    private static String[] level(String price, String size) {
        return new String[] { price, size };
    }

    private static JsonNode json(String text) throws Exception {
        return BitgetJson.MAPPER.readTree(text);
    }
}
