package io.github.camelbitget;

import java.util.Map;

import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;

/**
 * What the component's readiness checks share: group {@code camel}, readiness only, an enabled switch that answers
 * UNKNOWN while off. Implements the health API of camel-api directly, so the component needs no camel-health at
 * compile time.
 */
abstract class ReadinessCheck implements HealthCheck {

    static final String BITGET_CODE = "bitget.code";

    private volatile boolean enabled = true;

    @Override
    public String getGroup() {
        return "camel";
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    public Result call(Map<String, Object> options) {
        HealthCheckResultBuilder builder = HealthCheckResultBuilder.on(this);
        builder.detail(CHECK_KIND, Kind.READINESS);
        if (!enabled) {
            return builder.message("Disabled").detail(CHECK_ENABLED, false).unknown().build();
        }
        check(builder);
        return builder.build();
    }

    /** Sets the state, message and details of one check. */
    abstract void check(HealthCheckResultBuilder builder);
}
