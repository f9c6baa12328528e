package io.github.camelbitget.quarkus.deployment;

import java.time.Duration;

import io.github.camelbitget.simulator.BitgetSimulator;
import io.quarkus.deployment.builditem.Startable;

/** The bitget-simulator, run in the JVM of the build (no container), as Quarkus starts and stops a Dev Service. */
final class BitgetSimulatorService implements Startable {

    private final int port;
    private final Duration walkInterval;
    private BitgetSimulator simulator;

    BitgetSimulatorService(int port, Duration walkInterval) {
        this.port = port;
        this.walkInterval = walkInterval;
    }

    @Override
    public void start() {
        simulator = BitgetSimulator.builder().port(port).walkInterval(walkInterval).build().start();
    }

    /** The simulator's base URL, {@code http://127.0.0.1:<port>}. */
    @Override
    public String getConnectionInfo() {
        return simulator.baseUrl();
    }

    /** None: the simulator runs in process. */
    @Override
    public String getContainerId() {
        return null;
    }

    @Override
    public void close() {
        if (simulator != null) {
            simulator.close();
            simulator = null;
        }
    }
}
