package io.github.camelbitget.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run was measured on, for the report. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        return cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
               + Math.round(memoryGiB()) + " GiB RAM, " + System.getProperty("os.name") + " "
               + System.getProperty("os.version") + ", " + System.getProperty("java.vm.name") + " "
               + System.getProperty("java.runtime.version");
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(line -> line.startsWith("model name"))
                    .map(line -> line.substring(line.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double memoryGiB() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(line -> line.startsWith("MemTotal"))
                    .map(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0 / 1024.0).findFirst()
                    .orElse(0.0);
        } catch (IOException e) {
            return 0;
        }
    }
}
