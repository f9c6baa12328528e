package io.github.camelbitget.journal.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.TradeOutcome;
import io.github.camelbitget.journal.TradeQuery;
import io.github.camelbitget.journal.TradeStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for the JDBC journal; run against H2 and against a real PostgreSQL server. */
abstract class TradeJournalContract {

    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00.123Z");

    private TradeJournal journal;

    protected abstract DataSource dataSource();

    @BeforeEach
    void freshTable() throws Exception {
        journal = new JdbcTradeJournal(dataSource());
        try (var connection = dataSource().getConnection(); var statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM bitget_trade_log");
        }
    }

    static TradeEntry order(String id, String symbol, String size, String price, Instant at) {
        return new TradeEntry(id, id, "live", "futures", "USDT-FUTURES", "placeOrder", symbol, "buy", "limit", "open",
                new BigDecimal(size), price == null ? null : new BigDecimal(price), TradeStatus.PENDING, null, null,
                null, "{\"symbol\":\"" + symbol + "\",\"size\":\"" + size + "\"}", at, at);
    }

    @Test
    void intentThenOutcomeKeepsEveryFieldExactly() {
        journal.recordIntent(order("cb-1", "BTCUSDT", "0.0105", "76012.123456789012345678", T0));
        journal.recordOutcome(new TradeOutcome("cb-1", TradeStatus.ACCEPTED, "1251234567890123456", null, null,
                T0.plusMillis(250)));

        TradeEntry entry = journal.find(TradeQuery.between(T0, T0.plusSeconds(1))).get(0);

        assertThat(entry.status()).isEqualTo(TradeStatus.ACCEPTED);
        assertThat(entry.orderId()).isEqualTo("1251234567890123456");
        assertThat(entry.size()).isEqualTo(new BigDecimal("0.0105"));
        assertThat(entry.price()).isEqualTo(new BigDecimal("76012.123456789012345678"));
        assertThat(entry.createdAt()).isEqualTo(T0.truncatedTo(ChronoUnit.MICROS));
        assertThat(entry.updatedAt()).isEqualTo(T0.plusMillis(250));
        assertThat(entry.request()).isEqualTo("{\"symbol\":\"BTCUSDT\",\"size\":\"0.0105\"}");
        assertThat(entry).usingRecursiveComparison().ignoringFields("status", "orderId", "updatedAt")
                .isEqualTo(order("cb-1", "BTCUSDT", "0.0105", "76012.123456789012345678", T0));
    }

    @Test
    void aSecondIntentWithTheSameIdKeepsTheFirst() {
        journal.recordIntent(order("cb-2", "BTCUSDT", "1", null, T0));
        journal.recordOutcome(new TradeOutcome("cb-2", TradeStatus.UNKNOWN, null, null, "timeout", T0));
        journal.recordIntent(order("cb-2", "BTCUSDT", "1", null, T0.plusSeconds(5)));

        List<TradeEntry> entries = journal.find(TradeQuery.between(null, null));

        assertThat(entries).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(TradeStatus.UNKNOWN);
            assertThat(entry.errorMessage()).isEqualTo("timeout");
            assertThat(entry.createdAt()).isEqualTo(T0);
        });
    }

    @Test
    void rejectionKeepsBitgetsCodeAndMessage() {
        journal.recordIntent(order("cb-3", "ETHUSDT", "0.5", "3500", T0));
        journal.recordOutcome(new TradeOutcome("cb-3", TradeStatus.REJECTED, null, "43012", "Insufficient balance",
                T0));

        TradeEntry entry = journal.find(TradeQuery.between(null, null)).get(0);

        assertThat(entry.status()).isEqualTo(TradeStatus.REJECTED);
        assertThat(entry.errorCode()).isEqualTo("43012");
        assertThat(entry.errorMessage()).isEqualTo("Insufficient balance");
        assertThat(entry.orderId()).isNull();
        assertThat(entry.size()).isEqualTo(new BigDecimal("0.5"));
        assertThat(entry.price()).isEqualTo(new BigDecimal("3500"));
    }

    @Test
    void queriesByTimeSymbolStatusModeAndLimitOldestFirst() {
        journal.recordIntent(order("a", "BTCUSDT", "1", null, T0));
        journal.recordIntent(order("b", "ETHUSDT", "1", null, T0.plusSeconds(60)));
        journal.recordIntent(order("c", "BTCUSDT", "1", null, T0.plusSeconds(120)));
        journal.recordOutcome(new TradeOutcome("b", TradeStatus.ACCEPTED, "2", null, null, T0));

        assertThat(ids(TradeQuery.between(T0.plusSeconds(1), T0.plusSeconds(121)))).containsExactly("b", "c");
        assertThat(ids(TradeQuery.between(null, null).forSymbol("BTCUSDT"))).containsExactly("a", "c");
        assertThat(ids(TradeQuery.unresolved("live"))).containsExactly("a", "c");
        assertThat(ids(TradeQuery.unresolved("demo"))).isEmpty();
        assertThat(ids(TradeQuery.between(null, null).withStatuses(Set.of(TradeStatus.ACCEPTED))))
                .containsExactly("b");
        assertThat(ids(new TradeQuery(null, null, null, Set.of(), null, 2))).containsExactly("a", "b");
    }

    @Test
    void anOutcomeForAnUnknownEntryFails() {
        assertThatThrownBy(() -> journal.recordOutcome(new TradeOutcome("nope", TradeStatus.ACCEPTED, "1", null, null,
                T0))).hasMessageContaining("No journal entry nope");
    }

    @Test
    void theSchemaIsCreatedOnceAndReused() {
        journal.recordIntent(order("kept", "BTCUSDT", "1", null, T0));

        TradeJournal again = new JdbcTradeJournal(dataSource());

        assertThat(again.find(TradeQuery.between(null, null))).extracting(TradeEntry::id).containsExactly("kept");
    }

    private List<String> ids(TradeQuery query) {
        return journal.find(query).stream().map(TradeEntry::id).toList();
    }
}
