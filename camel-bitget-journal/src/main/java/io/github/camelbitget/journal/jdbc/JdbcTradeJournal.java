package io.github.camelbitget.journal.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import io.github.camelbitget.journal.TradeEntry;
import io.github.camelbitget.journal.TradeJournal;
import io.github.camelbitget.journal.TradeOutcome;
import io.github.camelbitget.journal.TradeQuery;
import io.github.camelbitget.journal.TradeStatus;
import org.flywaydb.core.Flyway;

/**
 * The trade journal in table {@code bitget_trade_log} of a JDBC DataSource (H2 or PostgreSQL, same SQL). The schema is
 * created or upgraded with Flyway when the journal is built, with its own history table
 * ({@code bitget_journal_schema_history}) so it lives beside an application's own migrations.
 */
public final class JdbcTradeJournal implements TradeJournal {

    static final String TABLE = "bitget_trade_log";
    /** SQLState of a unique or primary key violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private static final String COLUMNS = "id, client_oid, mode, market, product_type, operation, symbol, side,"
                                          + " order_type, trade_side, size, price, status, order_id, error_code,"
                                          + " error_message, request, created_at, updated_at";

    private final DataSource dataSource;

    public JdbcTradeJournal(DataSource dataSource) {
        this.dataSource = dataSource;
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:io/github/camelbitget/journal/db")
                .table("bitget_journal_schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }

    @Override
    public void recordIntent(TradeEntry entry) {
        String sql = "INSERT INTO " + TABLE + " (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     + " ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            int i = 0;
            insert.setString(++i, entry.id());
            insert.setString(++i, entry.clientOid());
            insert.setString(++i, entry.mode());
            insert.setString(++i, entry.market());
            insert.setString(++i, entry.productType());
            insert.setString(++i, entry.operation());
            insert.setString(++i, entry.symbol());
            insert.setString(++i, entry.side());
            insert.setString(++i, entry.orderType());
            insert.setString(++i, entry.tradeSide());
            insert.setBigDecimal(++i, entry.size());
            insert.setBigDecimal(++i, entry.price());
            insert.setString(++i, entry.status().name());
            insert.setString(++i, entry.orderId());
            insert.setString(++i, entry.errorCode());
            insert.setString(++i, truncate(entry.errorMessage()));
            insert.setString(++i, entry.request());
            insert.setObject(++i, utc(entry.createdAt()));
            insert.setObject(++i, utc(entry.updatedAt()));
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw new IllegalStateException("Cannot record the intent of order " + entry.id() + " in " + TABLE
                                                + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public void recordOutcome(TradeOutcome outcome) {
        String sql = "UPDATE " + TABLE + " SET status = ?, order_id = COALESCE(?, order_id), error_code = ?,"
                     + " error_message = ?, updated_at = ? WHERE id = ?";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, outcome.status().name());
            update.setString(2, outcome.orderId());
            update.setString(3, outcome.errorCode());
            update.setString(4, truncate(outcome.errorMessage()));
            update.setObject(5, utc(outcome.at()));
            update.setString(6, outcome.id());
            if (update.executeUpdate() != 1) {
                throw new IllegalStateException("No journal entry " + outcome.id() + " in " + TABLE);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot record the outcome of order " + outcome.id() + " in " + TABLE
                                            + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<TradeEntry> find(TradeQuery query) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE 1 = 1");
        List<Object> arguments = new ArrayList<>();
        if (query.from() != null) {
            sql.append(" AND created_at >= ?");
            arguments.add(utc(query.from()));
        }
        if (query.to() != null) {
            sql.append(" AND created_at < ?");
            arguments.add(utc(query.to()));
        }
        if (query.symbol() != null) {
            sql.append(" AND symbol = ?");
            arguments.add(query.symbol());
        }
        if (query.mode() != null) {
            sql.append(" AND mode = ?");
            arguments.add(query.mode());
        }
        if (!query.statuses().isEmpty()) {
            sql.append(" AND status IN (").append("?, ".repeat(query.statuses().size() - 1)).append("?)");
            query.statuses().stream().map(TradeStatus::name).sorted().forEach(arguments::add);
        }
        sql.append(" ORDER BY created_at, id");
        if (query.limit() > 0) {
            sql.append(" LIMIT ").append(query.limit());
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < arguments.size(); i++) {
                select.setObject(i + 1, arguments.get(i));
            }
            List<TradeEntry> entries = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read " + TABLE + ": " + e.getMessage(), e);
        }
    }

    private static TradeEntry entry(ResultSet row) throws SQLException {
        return new TradeEntry(row.getString("id"), row.getString("client_oid"), row.getString("mode"),
                row.getString("market"), row.getString("product_type"), row.getString("operation"),
                row.getString("symbol"), row.getString("side"), row.getString("order_type"),
                row.getString("trade_side"), decimal(row.getBigDecimal("size")), decimal(row.getBigDecimal("price")),
                TradeStatus.valueOf(row.getString("status")), row.getString("order_id"), row.getString("error_code"),
                row.getString("error_message"), row.getString("request"), instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    /** NUMERIC(38, 18) pads with zeros; give back the plain value (0.01, 100), never 1E+2. */
    private static BigDecimal decimal(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String truncate(String message) {
        return message == null || message.length() <= 2000 ? message : message.substring(0, 1997) + "...";
    }

    @Override
    public String toString() {
        return "JdbcTradeJournal[" + TABLE + "]";
    }
}
