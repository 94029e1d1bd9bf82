package dev.agentcore4j.contract;

/**
 * Facts of the AgentCore data plane ({@code bedrock-agentcore}, API 2024-02-28): paths, limits,
 * error type names and the messages AWS answers with. Source: the service model and the runtime
 * developer guide, summarised in the contract reference §2 and §4.
 */
public final class DataPlaneContract {

    /** {@code /runtimes/{percent-encoded ARN or runtime id}/<operation>}: one path segment. */
    public static final String RUNTIMES_PREFIX = "/runtimes/";
    public static final String INVOKE_SEGMENT = "invocations";
    public static final String STOP_SESSION_SEGMENT = "stopruntimesession";
    public static final String QUALIFIER_PARAM = "qualifier";
    public static final String ACCOUNT_ID_PARAM = "accountId";
    public static final String ACCOUNT_ID_PATTERN = "[0-9]{12}";

    public static final int SESSION_ID_MIN = 33;
    public static final int SESSION_ID_MAX = 256;
    /** InvokeAgentRuntime payloads: 0..100,000,000 bytes. */
    public static final long MAX_PAYLOAD_BYTES = 100_000_000L;
    /** The container must answer {@code /ping} within this many seconds of starting. */
    public static final int INITIALIZATION_SECONDS = 60;

    /** GetAgentCard: {@code GET /runtimes/{arn}/invocations/.well-known/agent-card.json} (A2A runtimes). */
    public static final String AGENT_CARD_SUFFIX = "/.well-known/agent-card.json";
    /** Where an A2A container serves its agent card. */
    public static final String CONTAINER_AGENT_CARD_PATH = "/.well-known/agent-card.json";

    /** Synchronous invocations end after 15 minutes, streamed responses after 60 (contract §4 quotas). */
    public static final int SYNC_TIMEOUT_SECONDS = 15 * 60;
    public static final int STREAMING_TIMEOUT_SECONDS = 60 * 60;
    /** InvokeAgentRuntime and the other session operations: 200 TPS per agent per account. */
    public static final int INVOCATIONS_PER_SECOND = 200;
    /** Active session workloads per account in us-east-1 and us-west-2. */
    public static final int ACTIVE_SESSIONS_QUOTA = 5_000;

    /** Calling a JWT runtime with SigV4, or a SigV4 runtime with a bearer token (contract §2.8). */
    public static final String AUTH_MISMATCH_MESSAGE = "Authorization method mismatch. The agent is configured "
            + "for a different authorization method than what was used in your request. (OAuth or SigV4)";
    public static final String INVALID_SIGNATURE_MESSAGE = "The request signature we calculated does not match "
            + "the signature you provided. Check your AWS Secret Access Key and signing method. "
            + "Consult the service documentation for details.";
    public static final String UNRECOGNIZED_CLIENT_MESSAGE = "The security token included in the request is invalid.";

    /** The header every AWS JSON error carries with the exception shape name. */
    public static final String ERROR_TYPE_HEADER = "x-amzn-ErrorType";
    public static final String REQUEST_ID_HEADER = "x-amzn-RequestId";

    /** {@code Received error (<status>) from runtime...}: the container's body is dropped. */
    public static final String RUNTIME_ERROR_MESSAGE =
            "Received error (%d) from runtime. Please check your CloudWatch logs for more information.";
    public static final String INITIALIZATION_TIMEOUT_MESSAGE =
            "Runtime initialization time exceeded. Please make sure that initialization completes in 60s.";
    public static final String SESSION_CONFLICT_MESSAGE = "Session operation in progress, please retry";

    private DataPlaneContract() {
    }
}
