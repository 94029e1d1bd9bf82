package dev.agentcore4j.memory.extract;

import java.util.Objects;

/**
 * One conversational turn taken from a Memory event payload (conversational role + text).
 *
 * <pre>{@code List<Utterance> turns = List.of(Utterance.user("I live in Osaka"), Utterance.assistant("Noted."));}</pre>
 */
public record Utterance(Role role, String text) {

    /** The conversational roles of AgentCore Memory events ({@code USER}, {@code ASSISTANT}, {@code TOOL}, {@code OTHER}). */
    public enum Role { USER, ASSISTANT, TOOL, OTHER }

    public Utterance {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(text, "text");
    }

    public static Utterance user(String text) {
        return new Utterance(Role.USER, text);
    }

    public static Utterance assistant(String text) {
        return new Utterance(Role.ASSISTANT, text);
    }
}
