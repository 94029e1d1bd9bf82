package dev.agentcore4j.contract;

/** The two healthy states a container reports on {@code GET /ping}. */
public enum PingStatus {
    /** Ready for new work; the session may be reaped after its idle timeout. */
    HEALTHY("Healthy"),
    /** Working in the background; the platform keeps the session alive. */
    HEALTHY_BUSY("HealthyBusy");

    private final String wireValue;

    PingStatus(String wireValue) {
        this.wireValue = wireValue;
    }

    /** The exact string on the wire: {@code Healthy} or {@code HealthyBusy}. */
    public String wireValue() {
        return wireValue;
    }

    /**
     * Reads a wire value.
     *
     * @throws IllegalArgumentException naming the accepted values when {@code value} is neither
     */
    public static PingStatus fromWire(String value) {
        for (PingStatus status : values()) {
            if (status.wireValue.equals(value)) {
                return status;
            }
        }
        throw new IllegalArgumentException(
                "unknown ping status '" + value + "': expected Healthy or HealthyBusy");
    }
}
