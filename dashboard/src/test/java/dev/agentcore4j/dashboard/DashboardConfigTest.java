package dev.agentcore4j.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DashboardConfigTest {

    @Test
    void defaults_to_loopback_port_8791() {
        DashboardConfig config = DashboardConfig.defaults();
        assertThat(config.address().isLoopbackAddress()).isTrue();
        assertThat(config.port()).isEqualTo(8791);
    }

    @Test
    void refuses_an_address_off_the_machine() throws Exception {
        assertThatThrownBy(() -> DashboardConfig.defaults().withAddress(InetAddress.getByName("0.0.0.0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("loopback only").hasMessageContaining("127.0.0.1");
    }

    @Test
    void reads_the_port_from_the_environment_and_names_the_variable_when_it_is_wrong() {
        assertThat(DashboardConfig.fromEnvironment(Map.of("AC4J_DASHBOARD_PORT", " 9000 ")).port()).isEqualTo(9000);
        assertThat(DashboardConfig.fromEnvironment(Map.of()).port()).isEqualTo(8791);
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("AC4J_DASHBOARD_PORT", "http")))
                .hasMessageContaining("AC4J_DASHBOARD_PORT must be a port number");
        assertThatThrownBy(() -> DashboardConfig.fromEnvironment(Map.of("AC4J_DASHBOARD_PORT", "70000")))
                .hasMessageContaining("AC4J_DASHBOARD_PORT").hasMessageContaining("0..65535");
    }
}
