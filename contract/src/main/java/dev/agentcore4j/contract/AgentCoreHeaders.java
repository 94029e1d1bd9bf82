package dev.agentcore4j.contract;

/** Header names of the AgentCore Runtime contract (matched case-insensitively on the wire). */
public final class AgentCoreHeaders {

    public static final String SESSION_ID = "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id";
    public static final String REQUEST_ID = "X-Amzn-Bedrock-AgentCore-Runtime-Request-Id";
    public static final String USER_ID = "X-Amzn-Bedrock-AgentCore-Runtime-User-Id";
    /** The workload access token header introduced in 2026; preferred over {@link #WORKLOAD_ACCESS_TOKEN}. */
    public static final String IDENTITY_WAT = "X-Amz-Bedrock-AgentCore-Identity-WAT";
    /** The platform's original workload access token header, still sent by the starter toolkit. */
    public static final String WORKLOAD_ACCESS_TOKEN = "WorkloadAccessToken";
    public static final String OAUTH2_CALLBACK_URL = "OAuth2CallbackUrl";
    public static final String AUTHORIZATION = "Authorization";
    /** Headers with this prefix are forwarded to the container as they are. */
    public static final String CUSTOM_PREFIX = "X-Amzn-Bedrock-AgentCore-Runtime-Custom-";
    public static final String SHELL_ID = "X-Amzn-Bedrock-AgentCore-Shell-Id";
    public static final String MCP_SESSION_ID = "Mcp-Session-Id";

    private AgentCoreHeaders() {
    }
}
