package io.github.camelbitget.quarkus.deployment;

import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;

import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.ExtensionSslNativeSupportBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.LogCategoryBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import org.jboss.jandex.ClassInfo;

/**
 * What the {@code bitget:} component needs beyond what Camel Quarkus core does for every component jar (component,
 * endpoint, producer and consumer classes, the generated configurers and URI factory, the service files and the
 * catalog JSON): the feature name, TLS in native mode for {@code java.net.http} to reach https://api.bitget.com, and
 * reflection for the types Jackson reads and writes.
 */
class BitgetProcessor {

    static final String FEATURE = "camel-bitget";

    /** Every class: Bitget's answers and the request records, their enums and the Jackson deserializers they name. */
    static final String MODEL_PACKAGE = "io.github.camelbitget.model";

    /**
     * Records and enums Jackson reads or routes carry in bodies and write as JSON: the v3 answers of unified accounts,
     * journal entries and reports, error context.
     */
    static final Set<String> VALUE_PACKAGES = Set.of("io.github.camelbitget.unified", "io.github.camelbitget.journal",
            "io.github.camelbitget.exception");

    /** Public enums the component puts in headers: CamelBitgetChange, CamelBitgetOrderRecovery, CamelBitgetAccountType. */
    static final Set<String> HEADER_ENUM_PACKAGES = Set.of("io.github.camelbitget", "io.github.camelbitget.client",
            "io.github.camelbitget.api");

    @BuildStep
    FeatureBuildItem feature() {
        return new FeatureBuildItem(FEATURE);
    }

    @BuildStep
    ExtensionSslNativeSupportBuildItem ssl() {
        return new ExtensionSslNativeSupportBuildItem(FEATURE);
    }

    /**
     * Camel Main prints every {@code camel.*} property with its value at DEBUG ("Properties from Camel properties
     * component", "Configured property: ..."), the API key, secret key and passphrase unmasked. These two loggers stay
     * at INFO, where Camel masks secrets, also when {@code org.apache.camel} is set to DEBUG; setting one of them
     * explicitly still wins.
     */
    @BuildStep
    List<LogCategoryBuildItem> noSecretsInCamelMainDebugLog() {
        return List.of(new LogCategoryBuildItem("org.apache.camel.main.BaseMainSupport", Level.INFO),
                new LogCategoryBuildItem("org.apache.camel.main.MainHelper", Level.INFO));
    }

    /**
     * Found in the index (the component jar carries a Jandex index), so a record added to the model is registered
     * without touching this extension. Constructors for the canonical record constructors and the deserializers
     * Jackson instantiates, methods for accessors and {@code @JsonCreator}/{@code @JsonValue}, fields for the
     * annotations Jackson reads from them.
     */
    @BuildStep
    ReflectiveClassBuildItem jacksonTypes(CombinedIndexBuildItem combinedIndex) {
        Set<String> classNames = new TreeSet<>();
        for (ClassInfo type : combinedIndex.getIndex().getKnownClasses()) {
            if (isJsonType(type)) {
                classNames.add(type.name().toString());
            }
        }
        return ReflectiveClassBuildItem.builder(classNames.toArray(String[]::new))
                .reason(getClass().getName())
                .constructors().methods().fields()
                .build();
    }

    static boolean isJsonType(ClassInfo type) {
        String packageName = type.name().packagePrefix();
        if (MODEL_PACKAGE.equals(packageName)) {
            return !type.isInterface();
        }
        if (VALUE_PACKAGES.contains(packageName)) {
            return type.isRecord() || type.isEnum();
        }
        return HEADER_ENUM_PACKAGES.contains(packageName) && type.isEnum() && Modifier.isPublic(type.flags());
    }
}
