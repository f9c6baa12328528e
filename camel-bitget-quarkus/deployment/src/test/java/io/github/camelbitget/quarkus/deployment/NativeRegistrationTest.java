package io.github.camelbitget.quarkus.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.github.camelbitget.model.FuturesTicker;
import io.quarkus.builder.BuildContext;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.GeneratedResourceBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What a native build gets from the extension, checked in JVM mode: a build step added to the chain reports every
 * reflection registration, feature and TLS request into a resource the test reads back.
 */
class NativeRegistrationTest {

    private static final String REPORT = "bitget-native-registrations.txt";
    private static final String MODEL_PATH = "io/github/camelbitget/model";

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withEmptyApplication()
            .overrideConfigKey("quarkus.bitget.devservices.enabled", "false")
            .addBuildChainCustomizer(chain -> chain.addBuildStep(NativeRegistrationTest::report)
                    .consumes(ReflectiveClassBuildItem.class)
                    .consumes(FeatureBuildItem.class)
                    .consumes(ExtensionSslNativeSupportBuildItem.class)
                    .produces(GeneratedResourceBuildItem.class)
                    .build());

    /** One line per registration: {@code reflection <class> <constructors> <methods> <fields>}, feature, ssl. */
    private static void report(BuildContext context) {
        List<String> lines = new ArrayList<>();
        for (ReflectiveClassBuildItem item : context.consumeMulti(ReflectiveClassBuildItem.class)) {
            for (String className : item.getClassNames()) {
                lines.add("reflection " + className + " " + item.isConstructors() + " " + item.isMethods() + " "
                          + item.isFields());
            }
        }
        context.consumeMulti(FeatureBuildItem.class).forEach(feature -> lines.add("feature " + feature.getName()));
        context.consumeMulti(ExtensionSslNativeSupportBuildItem.class)
                .forEach(ssl -> lines.add("ssl " + ssl.getExtension()));
        context.produce(new GeneratedResourceBuildItem(REPORT,
                String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> reportLines() throws IOException {
        try (InputStream report = Thread.currentThread().getContextClassLoader().getResourceAsStream(REPORT)) {
            assertThat(report).as(REPORT).isNotNull();
            return new String(report.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    /** Registrations of a class merged over every build item: "constructors methods fields" flags. */
    private static Map<String, String> reflection() throws IOException {
        Map<String, boolean[]> merged = new TreeMap<>();
        for (String line : reportLines()) {
            String[] parts = line.split(" ");
            if (parts[0].equals("reflection")) {
                boolean[] flags = merged.computeIfAbsent(parts[1], name -> new boolean[3]);
                for (int i = 0; i < 3; i++) {
                    flags[i] |= Boolean.parseBoolean(parts[i + 2]);
                }
            }
        }
        return merged.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                entry -> entry.getValue()[0] + " " + entry.getValue()[1] + " " + entry.getValue()[2]));
    }

    /** The classes (nested ones too) that the component jar holds in its model package, found without Jandex. */
    private static List<Class<?>> modelClasses() throws IOException, URISyntaxException, ClassNotFoundException {
        Path location = Path.of(FuturesTicker.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<Class<?>> classes = new ArrayList<>();
        try (FileSystem jar = Files.isDirectory(location) ? null : FileSystems.newFileSystem(location);
             Stream<Path> files = Files.list((jar == null ? location : jar.getPath("/")).resolve(MODEL_PATH))) {
            for (String file : files.map(path -> path.getFileName().toString()).toList()) {
                if (file.endsWith(".class")) {
                    String className = MODEL_PATH.replace('/', '.') + "." + file.substring(0, file.length() - 6);
                    classes.add(Class.forName(className, false, FuturesTicker.class.getClassLoader()));
                }
            }
        }
        return classes;
    }

    @Test
    void everyModelClassIsRegisteredForJackson() throws Exception {
        Map<String, String> reflection = reflection();
        List<String> concreteModelClasses = modelClasses().stream().filter(type -> !type.isInterface())
                .map(Class::getName).toList();

        assertThat(concreteModelClasses).hasSizeGreaterThan(40).contains(
                "io.github.camelbitget.model.Candle$ArrayDeserializer", "io.github.camelbitget.model.JsonText",
                "io.github.camelbitget.model.OrderBookLevel", "io.github.camelbitget.model.HoldSide");
        assertThat(concreteModelClasses).allSatisfy(
                name -> assertThat(reflection).as(name).containsEntry(name, "true true true"));
    }

    @Test
    void journalErrorAndHeaderValuesAreRegistered() throws Exception {
        assertThat(reflection()).containsEntry("io.github.camelbitget.journal.TradeEntry", "true true true")
                .containsEntry("io.github.camelbitget.journal.TradeStatus", "true true true")
                .containsEntry("io.github.camelbitget.journal.ReconcileReport", "true true true")
                .containsEntry("io.github.camelbitget.exception.RequestContext", "true true true")
                .containsEntry("io.github.camelbitget.Change", "true true true")
                .containsEntry("io.github.camelbitget.client.Recovery", "true true true")
                .containsEntry("io.github.camelbitget.api.AccountType", "true true true")
                .doesNotContainKey("io.github.camelbitget.PolledItems")
                .doesNotContainKey("io.github.camelbitget.client.BitgetCredentials")
                .doesNotContainKey("io.github.camelbitget.api.PreparedRequest");
    }

    @Test
    void theV3AnswersOfUnifiedAccountsAreRegisteredForJackson() throws Exception {
        assertThat(reflection()).containsEntry("io.github.camelbitget.unified.UtaOrder", "true true true")
                .containsEntry("io.github.camelbitget.unified.UtaPage", "true true true")
                .containsEntry("io.github.camelbitget.unified.UtaAssets$Coin", "true true true")
                .containsEntry("io.github.camelbitget.unified.UtaItemResult", "true true true")
                .doesNotContainKey("io.github.camelbitget.unified.UnifiedRequests");
    }

    @Test
    void componentClassesAreRegisteredByCamelQuarkusCore() throws Exception {
        assertThat(reflection()).containsKeys("io.github.camelbitget.BitgetComponent",
                "io.github.camelbitget.BitgetEndpoint", "io.github.camelbitget.BitgetComponentConfigurer",
                "io.github.camelbitget.BitgetEndpointUriFactory");
    }

    @Test
    void featureAndTlsAreDeclared() throws Exception {
        assertThat(reportLines()).contains("feature camel-bitget", "ssl camel-bitget");
    }
}
