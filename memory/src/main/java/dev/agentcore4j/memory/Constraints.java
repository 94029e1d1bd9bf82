package dev.agentcore4j.memory;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The patterns, lengths and limits of the AgentCore Memory service models that the AWS SDK for Java
 * 2.40.2 was generated from ({@code bedrock-agentcore-control} 2023-06-05 and {@code bedrock-agentcore}
 * 2024-02-28, as released on 2025-12-02). The SDKs check none of them; the service does.
 */
final class Constraints {

    private Constraints() {
    }

    static final Pattern NAME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9_]{0,47}$");
    static final Pattern MEMORY_ID = Pattern.compile("^[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}$");
    static final int MEMORY_ID_MIN = 12;
    static final Pattern ARN = Pattern.compile(
            "^arn:[a-z0-9-\\.]{1,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[^/].{0,1023}$");
    static final int DESCRIPTION_MAX = 4096;
    static final int EXPIRY_MIN_DAYS = 3;
    static final int EXPIRY_MAX_DAYS = 365;
    static final int CLIENT_TOKEN_MAX = 500;
    /** Strategy namespaces (control plane): literal segments and the three template variables. */
    static final Pattern NAMESPACE_TEMPLATE = Pattern.compile(
            "^[a-zA-Z0-9\\-_\\/]*(\\{(actorId|sessionId|memoryStrategyId)\\}[a-zA-Z0-9\\-_\\/]*)*$");
    static final int NAMESPACE_TEMPLATE_MAX = 1024;
    static final Pattern TAG = Pattern.compile("^[a-zA-Z0-9\\s._:/=+@-]*$");
    static final int TAGS_MAX = 50;
    /** AgentCore Memory quota: strategies per memory. */
    static final int STRATEGIES_MAX = 6;
    static final int PROMPT_MAX = 30000;
    static final Pattern BUCKET = Pattern.compile("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$");

    static final Pattern ACTOR_ID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-_/]*(?::[a-zA-Z0-9-_/]+)*[a-zA-Z0-9-_/]*$");
    static final int ACTOR_ID_MAX = 255;
    static final Pattern SESSION_ID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-_]*$");
    static final int SESSION_ID_MAX = 100;
    static final Pattern EVENT_ID = Pattern.compile("^[0-9]+#[a-fA-F0-9]+$");
    static final Pattern BRANCH_NAME = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-_]*$");
    static final int BRANCH_NAME_MAX = 100;
    static final int PAYLOAD_MAX = 100;
    static final int TEXT_MAX = 9000;
    static final Pattern METADATA = Pattern.compile("^[a-zA-Z0-9\\s._:/=+@-]*$");
    static final int METADATA_MAX = 15;
    static final int METADATA_KEY_MAX = 128;
    static final int METADATA_VALUE_MAX = 256;
    static final List<String> ROLES = List.of("ASSISTANT", "USER", "TOOL", "OTHER");
    static final List<String> OPERATORS = List.of("EQUALS_TO", "EXISTS", "NOT_EXISTS");

    /** Namespaces in data-plane requests: no template variables, {@code *} allowed. */
    static final Pattern NAMESPACE = Pattern.compile(
            "^[a-zA-Z0-9/*][a-zA-Z0-9-_/*]*(?::[a-zA-Z0-9-_/*]+)*[a-zA-Z0-9-_/*]*$");
    static final int NAMESPACE_MAX = 1024;
    static final Pattern STRATEGY_ID = Pattern.compile("^[a-zA-Z0-9][a-zA-Z0-9-_]*$");
    static final int STRATEGY_ID_MAX = 100;
    static final Pattern RECORD_ID = Pattern.compile("^mem-[a-zA-Z0-9-_]*$");
    static final int RECORD_ID_MIN = 40;
    static final int RECORD_ID_MAX = 50;
    static final int RECORD_TEXT_MAX = 16000;
    static final int QUERY_MAX = 10000;
    static final int TOP_K_MAX = 100;
    static final int TOP_K_DEFAULT = 10;
    static final Pattern REQUEST_IDENTIFIER = Pattern.compile("^[a-zA-Z0-9_-]+$");
    static final int REQUEST_IDENTIFIER_MAX = 80;
    static final int BATCH_MAX = 100;
    static final int MAX_RESULTS_MAX = 100;
    static final int JOBS_MAX_RESULTS_MAX = 50;
    static final int JOBS_MAX_RESULTS_DEFAULT = 20;
}
