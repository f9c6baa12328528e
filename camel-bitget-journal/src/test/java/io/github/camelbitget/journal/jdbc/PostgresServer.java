package io.github.camelbitget.journal.jdbc;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A throw-away PostgreSQL server from the binaries of the machine (initdb + pg_ctl of a postgresql-NN package): a temp
 * data directory, trust authentication, a free loopback port. As root it runs the server as user postgres, since
 * PostgreSQL refuses to run as root.
 */
final class PostgresServer implements AutoCloseable {

    private final Path binaries;
    private final Path dataDirectory;
    private final int port;
    private final boolean asPostgresUser;

    private PostgresServer(Path binaries, Path dataDirectory, int port, boolean asPostgresUser) {
        this.binaries = binaries;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.asPostgresUser = asPostgresUser;
    }

    /** The directory with initdb and pg_ctl, newest PostgreSQL first, or empty when none is installed. */
    static Optional<Path> findBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static PostgresServer start(Path binaries) throws Exception {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path dataDirectory = Files.createTempDirectory("bitget-journal-pg");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        PostgresServer server = new PostgresServer(binaries, dataDirectory, port, root);
        if (root) {
            run(List.of("chown", "postgres", dataDirectory.toString()));
        }
        server.pg(binaries.resolve("initdb") + " -D " + dataDirectory + " -A trust -U postgres -E UTF8");
        server.pg(binaries.resolve("pg_ctl") + " -D " + dataDirectory + " -w -t 60 -l " + dataDirectory
                  + "/server.log -o '-p " + port + " -k " + dataDirectory + " -c listen_addresses=127.0.0.1' start");
        return server;
    }

    DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] { "127.0.0.1" });
        dataSource.setPortNumbers(new int[] { port });
        dataSource.setDatabaseName("postgres");
        dataSource.setUser("postgres");
        return dataSource;
    }

    @Override
    public void close() throws Exception {
        pg(binaries.resolve("pg_ctl") + " -D " + dataDirectory + " -m fast -w stop");
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    private void pg(String command) throws Exception {
        List<String> argv = new ArrayList<>();
        if (asPostgresUser) {
            argv.addAll(List.of("su", "postgres", "-s", "/bin/sh", "-c", command));
        } else {
            argv.addAll(List.of("/bin/sh", "-c", command));
        }
        run(argv);
    }

    private static void run(List<String> argv) throws Exception {
        Process process = new ProcessBuilder(argv).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("Failed: " + String.join(" ", argv) + "\n" + output);
        }
    }
}
