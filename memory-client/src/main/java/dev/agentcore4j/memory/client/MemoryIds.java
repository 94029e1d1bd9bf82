package dev.agentcore4j.memory.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * AgentCore Memory's identifier rules, and how runtime identifiers are mapped to them.
 *
 * <p>A runtime session id is 33–256 characters of anything; a Memory {@code sessionId} is 1–100
 * characters matching {@code [a-zA-Z0-9][a-zA-Z0-9-_]*}, so reusing a runtime id as is fails for long
 * or punctuated ids (the contract reference §5, item 3). The mapping keeps a valid id unchanged, so
 * that {@code ./ac4j memory inspect --session} and other tools find it under the same name, and
 * otherwise writes {@code <the id with other characters as '_', cut to 67>-<32 hex of its SHA-256>}:
 * deterministic (a new agent instance finds the same events) and collision-free in practice.
 */
public final class MemoryIds {

    public static final int SESSION_ID_MAX = 100;
    static final Pattern SESSION_ID = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-_]*");
    static final Pattern MEMORY_ID = Pattern.compile(
            "(arn:aws[a-z-]*:bedrock-agentcore:[a-z0-9-]+:[0-9]{12}:memory/)?[a-zA-Z][a-zA-Z0-9-_]{0,99}-[a-zA-Z0-9]{10}");
    private static final int HASH_HEX = 32;

    private MemoryIds() {
    }

    /** The Memory {@code sessionId} for a runtime session id; see the class comment. */
    public static String sessionId(String runtimeSessionId) {
        if (runtimeSessionId == null || runtimeSessionId.isEmpty()) {
            throw new IllegalArgumentException("a session id must not be empty");
        }
        return safe(runtimeSessionId, SESSION_ID_MAX, SESSION_ID);
    }

    /** Whether {@code memoryId} is a memory id (or memory ARN) as AgentCore mints them, e.g. {@code demo-AbCdE12345}. */
    public static boolean validMemoryId(String memoryId) {
        return memoryId != null && memoryId.length() >= 12 && MEMORY_ID.matcher(memoryId).matches();
    }

    /** {@code value} when it fits {@code pattern} and {@code max}; else a cleaned prefix and a hash of the original. */
    static String safe(String value, int max, Pattern pattern) {
        if (value.length() <= max && pattern.matcher(value).matches()) {
            return value;
        }
        String cleaned = value.replaceAll("[^a-zA-Z0-9_-]", "_").replaceFirst("^[^a-zA-Z0-9]+", "");
        int room = Math.min(max, SESSION_ID_MAX) - HASH_HEX - 1;
        String prefix = cleaned.substring(0, Math.min(cleaned.length(), room));
        return (prefix.isEmpty() ? "id" : prefix) + "-" + sha256(value).substring(0, HASH_HEX);
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }
}
