package dev.agentcore4j.contract;

/** What an agent container serves for the {@code HTTP} server protocol. */
public final class ContainerContract {

    /** AgentCore Runtime proxies HTTP-protocol invocations to this port only. */
    public static final int DEFAULT_PORT = 8080;

    public static final String INVOCATIONS_PATH = "/invocations";
    public static final String PING_PATH = "/ping";
    public static final String WEBSOCKET_PATH = "/ws";

    /** InvokeAgentRuntime accepts payloads up to 100 MB. */
    public static final long MAX_PAYLOAD_BYTES = 100L * 1024 * 1024;

    /** AgentCore limits WebSocket frames to 64 KB. */
    public static final int MAX_WEBSOCKET_FRAME_BYTES = 64 * 1024;

    public static final String JSON_CONTENT_TYPE = "application/json";

    /** The exact streaming content type the Python SDK emits. */
    public static final String SSE_CONTENT_TYPE = "text/event-stream; charset=utf-8";

    /** The message of the final SSE event when a stream fails after its first byte. */
    public static final String STREAM_ERROR_MESSAGE = "An error occurred during streaming";

    private ContainerContract() {
    }
}
