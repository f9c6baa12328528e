package io.github.camelbitget.examples.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntentClientOidsTest {

    private static final String BITGET_CLIENT_OID = "[A-Za-z0-9_-]{1,32}";

    @Test
    void theSameIntentAlwaysNamesTheSameOrder() {
        assertThat(IntentClientOids.forIntent("main", "strategy-7/42"))
                .isEqualTo(IntentClientOids.forIntent("main", "strategy-7/42"))
                .matches(BITGET_CLIENT_OID).hasSize(32).startsWith("kb");
    }

    @Test
    void differentIntentsOrAccountsNameDifferentOrders() {
        assertThat(IntentClientOids.forIntent("main", "a-1")).isNotEqualTo(IntentClientOids.forIntent("main", "a-2"))
                .isNotEqualTo(IntentClientOids.forIntent("hedge", "a-1"));
    }

    @Test
    void anIntentWithoutIdIsNamedByItsRecord() {
        long timestamp = 1_795_600_000_000L;
        RecordSource source = new RecordSource("bitget.orders", 3, 1234, timestamp);

        assertThat(IntentClientOids.derive("main", null, source))
                .isEqualTo(IntentClientOids.forRecord(new RecordSource("bitget.orders", 3, 1234, timestamp)))
                .matches(BITGET_CLIENT_OID).hasSize(32).startsWith("kr")
                .isNotEqualTo(IntentClientOids.forRecord(new RecordSource("bitget.orders", 3, 1235, timestamp)))
                .as("a recreated topic restarts its offsets, but not its timestamps")
                .isNotEqualTo(IntentClientOids.forRecord(new RecordSource("bitget.orders", 3, 1234, timestamp + 1)));
        assertThat(IntentClientOids.derive("main", "i-1", source)).isEqualTo(IntentClientOids.forIntent("main", "i-1"));
    }
}
