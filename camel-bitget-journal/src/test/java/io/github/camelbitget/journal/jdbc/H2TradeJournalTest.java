package io.github.camelbitget.journal.jdbc;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;

/** The journal contract on an in-memory H2 database. */
class H2TradeJournalTest extends TradeJournalContract {

    private static final JdbcDataSource H2 = new JdbcDataSource();

    static {
        H2.setURL("jdbc:h2:mem:journal-contract;DB_CLOSE_DELAY=-1");
    }

    @Override
    protected DataSource dataSource() {
        return H2;
    }
}
