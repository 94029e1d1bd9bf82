package dev.agentcore4j.memory.client;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whose memory a conversation is: AgentCore Memory's {@code actorId} (1–255 characters, pattern
 * {@code [a-zA-Z0-9][a-zA-Z0-9-_/]*(?::[a-zA-Z0-9-_/]+)*[a-zA-Z0-9-_/]*}).
 *
 * <pre>{@code
 * ActorId actor = ActorId.fromAuthorization(header)     // the JWT's sub, when AgentCore passed one
 *         .or(() -> payloadActor.map(ActorId::of))      // else {"actorId": ...} in the payload
 *         .orElse(ActorId.DEFAULT);                       // else default_actor
 * }</pre>
 */
public record ActorId(String value) {

    public static final int MAX_LENGTH = 255;
    static final Pattern PATTERN = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-_/]*(?::[a-zA-Z0-9-_/]+)*[a-zA-Z0-9-_/]*");

    /** The actor of conversations that name none. */
    public static final ActorId DEFAULT = new ActorId("default_actor");

    public ActorId {
        Objects.requireNonNull(value, "value");
        if (!valid(value)) {
            throw new IllegalArgumentException("actor id '" + Texts.excerpt(value, 40) + "' is not a valid AgentCore "
                    + "Memory actorId: use 1-" + MAX_LENGTH + " characters (letters, digits, '-', '_', '/'; ':' only "
                    + "between them), starting with a letter or digit, e.g. user-42");
        }
    }

    /** @throws IllegalArgumentException saying what a valid actor id looks like */
    public static ActorId of(String value) {
        return new ActorId(value);
    }

    /**
     * The {@code sub} claim of an {@code Authorization: Bearer <JWT>} header. Only the payload is
     * decoded: AgentCore (or the twin) verified the token before it reached the agent. A subject that
     * is not a valid actor id (e.g. {@code auth0|42}) is mapped as session ids are (see
     * {@link MemoryIds#safe}), because callers cannot change their identity provider's subjects.
     * Empty when the header is not a bearer JWT with a subject.
     */
    public static Optional<ActorId> fromAuthorization(String authorization) {
        return Jwts.subject(authorization).map(sub -> new ActorId(MemoryIds.safe(sub, MAX_LENGTH, PATTERN)));
    }

    static boolean valid(String value) {
        return !value.isEmpty() && value.length() <= MAX_LENGTH && PATTERN.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
