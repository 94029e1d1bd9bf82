package dev.agentcore4j.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PingStatusTest {

    @Test
    void wire_values_are_the_documented_strings() {
        assertThat(PingStatus.HEALTHY.wireValue()).isEqualTo("Healthy");
        assertThat(PingStatus.HEALTHY_BUSY.wireValue()).isEqualTo("HealthyBusy");
        assertThat(PingStatus.fromWire("HealthyBusy")).isEqualTo(PingStatus.HEALTHY_BUSY);
    }

    @Test
    void an_unknown_wire_value_is_rejected_with_the_accepted_values() {
        assertThatThrownBy(() -> PingStatus.fromWire("healthy"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected Healthy or HealthyBusy");
    }
}
