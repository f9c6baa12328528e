package io.github.camelbitget.quarkus.it;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The same tests against the packaged application: the native executable with {@code -Pnative}. */
@QuarkusIntegrationTest
class BitgetIT extends BitgetTest {
}
