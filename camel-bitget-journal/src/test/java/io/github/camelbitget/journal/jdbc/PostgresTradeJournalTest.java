package io.github.camelbitget.journal.jdbc;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Optional;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The journal contract on a real PostgreSQL server started from the machine's binaries for this class. Skipped, with a
 * message saying so, only where no PostgreSQL server binaries are installed (.ci/run installs them).
 */
class PostgresTradeJournalTest extends TradeJournalContract {

    private static PostgresServer server;
    private static DataSource dataSource;

    @BeforeAll
    static void startPostgres() throws Exception {
        Optional<Path> binaries = PostgresServer.findBinaries();
        assumeTrue(binaries.isPresent(), "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin:"
                                         + " install the postgresql package to run the PostgreSQL journal tests");
        server = PostgresServer.start(binaries.get());
        dataSource = server.dataSource();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Override
    protected DataSource dataSource() {
        return dataSource;
    }
}
