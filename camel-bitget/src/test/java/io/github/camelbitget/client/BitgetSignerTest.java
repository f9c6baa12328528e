package io.github.camelbitget.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The signer against the test vectors of bitget-api.md §2.2 (secret {@code bg-test-secret-0123456789}). */
class BitgetSignerTest {

    private final BitgetSigner signer = new BitgetSigner("bg-test-secret-0123456789");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            1700000000000GET/api/v2/mix/account/account?marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT | GdpiKOuyAQ7+YkD/MjO2uBdfCSKcwavUn4wdqGAneuo=
            1700000000000GET/api/v2/spot/account/assets | RvJ79FAM85l/D/GYN4otG4xQ+XtjmetBkRfjEmfJc1c=
            1700000000GET/user/verify | q1AMsYkfCKrnLMHDyEIcCsI/gmQL8HICjKreDpKlBRE=
            """)
    void prehashVectors(String prehash, String expected) {
        assertThat(signer.sign(prehash)).isEqualTo(expected);
    }

    @Test
    void getRequestIsSignedWithTheQueryAfterAQuestionMark() {
        assertThat(signer.sign("1700000000000", "GET", "/api/v2/mix/account/account",
                "marginCoin=USDT&productType=USDT-FUTURES&symbol=BTCUSDT", ""))
                .isEqualTo("GdpiKOuyAQ7+YkD/MjO2uBdfCSKcwavUn4wdqGAneuo=");
    }

    @Test
    void getRequestWithoutQueryHasNoQuestionMark() {
        assertThat(signer.sign("1700000000000", "GET", "/api/v2/spot/account/assets", "", ""))
                .isEqualTo("RvJ79FAM85l/D/GYN4otG4xQ+XtjmetBkRfjEmfJc1c=");
    }

    @Test
    void postRequestIsSignedWithTheExactBody() {
        String body = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\","
                      + "\"marginCoin\":\"USDT\",\"size\":\"0.01\",\"price\":\"60000\",\"side\":\"buy\","
                      + "\"tradeSide\":\"open\",\"orderType\":\"limit\",\"force\":\"gtc\",\"clientOid\":\"camel-0001\"}";

        assertThat(signer.sign("1700000000000", "POST", "/api/v2/mix/order/place-order", "", body))
                .isEqualTo("qcNlAB5dMNO/fKaNdzXSLHY2wqfHsLCR+9kO4XC1FSE=");
    }

    @Test
    void signingIsSafeAcrossThreads() throws Exception {
        String expected = signer.sign("1700000000000", "GET", "/api/v2/spot/account/assets", "", "");
        Thread[] threads = new Thread[8];
        boolean[] allEqual = new boolean[threads.length];
        for (int t = 0; t < threads.length; t++) {
            int index = t;
            threads[t] = new Thread(() -> {
                boolean equal = true;
                for (int i = 0; i < 2_000; i++) {
                    equal &= expected.equals(signer.sign("1700000000000", "GET", "/api/v2/spot/account/assets", "",
                            ""));
                }
                allEqual[index] = equal;
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(allEqual).containsOnly(true);
    }

    @Test
    void neverShowsTheSecret() {
        assertThat(signer.toString()).doesNotContain("bg-test-secret");
        assertThat(new BitgetCredentials("key-1", "secret-2", "pass-3").toString())
                .doesNotContain("key-1").doesNotContain("secret-2").doesNotContain("pass-3");
    }
}
