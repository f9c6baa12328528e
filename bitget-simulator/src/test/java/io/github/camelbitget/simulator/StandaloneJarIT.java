package io.github.camelbitget.simulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Starts the shaded jar as a user would and reads its first line. Runs after {@code package} (failsafe). */
class StandaloneJarIT {

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void firstLineNamesTheUrlAndTheServerAnswers() throws Exception {
        Path jar = Path.of("target", "bitget-simulator.jar");
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0", "--walk-interval-ms", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try (BufferedReader stdout = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String firstLine = stdout.readLine();
            assertThat(firstLine).matches("Bitget simulator listening on http://127\\.0\\.0\\.1:\\d+");
            String baseUrl = firstLine.substring("Bitget simulator listening on ".length());
            BitgetTestClient client = new BitgetTestClient(baseUrl);
            assertThat(client.publicGet("/api/v2/public/time").code()).isEqualTo("00000");
            assertThat(client.get("/api/v2/spot/account/assets").code()).isEqualTo("00000");
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        assertThat(Files.exists(Path.of(".vertx"))).isFalse();
    }
}
