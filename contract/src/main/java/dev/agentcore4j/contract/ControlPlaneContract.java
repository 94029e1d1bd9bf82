package dev.agentcore4j.contract;

/**
 * Facts of the AgentCore control plane ({@code bedrock-agentcore-control}, API 2023-06-05) that a
 * twin or a client must agree on: URIs (trailing slashes included), validation patterns and ranges,
 * identifier formats. Source: the service model, summarised in the contract reference §3.
 */
public final class ControlPlaneContract {

    /** {@code PUT} creates, {@code POST} lists (no body, paging in the query). */
    public static final String RUNTIMES_PATH = "/runtimes/";
    public static final String VERSIONS_SEGMENT = "versions";
    public static final String ENDPOINTS_SEGMENT = "runtime-endpoints";

    /** Runtime and endpoint names: a letter, then letters, digits, underscores; no hyphens. */
    public static final String NAME_PATTERN = "[a-zA-Z][a-zA-Z0-9_]{0,47}";
    /** {@code <name>-<10 alphanumerics>}. */
    public static final String RUNTIME_ID_PATTERN = "[a-zA-Z][a-zA-Z0-9_]{0,99}-[a-zA-Z0-9]{10}";
    public static final int RUNTIME_ID_SUFFIX_LENGTH = 10;
    public static final String VERSION_PATTERN = "([1-9][0-9]{0,4})";
    public static final String CONTAINER_URI_PATTERN =
            "(([0-9]{12})\\.dkr\\.ecr\\.([a-z0-9-]+)\\.amazonaws\\.com(\\.cn)?|public\\.ecr\\.aws)/"
            + "((?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*)(?::([^:@]{1,300}))?(?:@(.+))?";
    public static final int CONTAINER_URI_MAX = 1024;
    public static final String ROLE_ARN_PATTERN = "arn:aws(-[^:]+)?:iam::([0-9]{12})?:role/.+";
    public static final int ROLE_ARN_MAX = 2048;
    public static final String CLIENT_TOKEN_PATTERN = "[a-zA-Z0-9](-*[a-zA-Z0-9]){0,256}";
    public static final String SECURITY_GROUP_PATTERN = "sg-[0-9a-zA-Z]{8,17}";
    public static final String SUBNET_PATTERN = "subnet-[0-9a-zA-Z]{8,17}";
    public static final String DISCOVERY_URL_PATTERN = ".+/\\.well-known/openid-configuration";
    public static final String HEADER_NAME_PATTERN = "[A-Za-z][A-Za-z0-9_-]{0,255}";
    public static final int HEADER_ALLOWLIST_MAX = 20;
    public static final int RUNTIME_DESCRIPTION_MAX = 4096;
    public static final int ENDPOINT_DESCRIPTION_MAX = 256;
    public static final int ENVIRONMENT_MAX_ENTRIES = 50;
    public static final int ENVIRONMENT_KEY_MAX = 100;
    public static final int ENVIRONMENT_VALUE_MAX = 5000;
    public static final String NEXT_TOKEN_PATTERN = "\\S*";
    public static final int MAX_RESULTS_MAX = 100;

    /** Lifecycle bounds in seconds; the service also requires idle ≤ max. */
    public static final int LIFECYCLE_MIN_SECONDS = 60;
    public static final int LIFECYCLE_MAX_SECONDS = 28_800;
    public static final int DEFAULT_IDLE_SECONDS = 900;
    public static final int DEFAULT_MAX_LIFETIME_SECONDS = 28_800;

    /** The endpoint every runtime gets; it always serves the latest version and cannot be deleted. */
    public static final String DEFAULT_ENDPOINT = "DEFAULT";

    private ControlPlaneContract() {
    }
}
