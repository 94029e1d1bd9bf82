package dev.agentcore4j.compare;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A deterministic judgement of a scenario run. A closed set: the scenario file names each kind by
 * its key ({@code tool}, {@code facts}, {@code absent}, {@code no_tools}).
 */
public sealed interface Check {

    /** Why the run fails this check; empty when it passes. */
    Optional<String> failure(Transcript transcript);

    /** Some call of tool {@code name} whose arguments include {@code input} (a subset match). */
    record ToolCalled(String name, Map<String, Object> input) implements Check {
        public ToolCalled {
            Objects.requireNonNull(name, "name");
            input = Map.copyOf(input);
        }

        @Override
        public Optional<String> failure(Transcript transcript) {
            List<ToolCall> named = transcript.toolCalls().stream().filter(c -> c.name().equals(name)).toList();
            if (named.isEmpty()) {
                return Optional.of("expected a call of " + name + ", got "
                        + transcript.toolCalls().stream().map(ToolCall::name).toList());
            }
            if (named.stream().anyMatch(call -> includes(call.input(), input))) {
                return Optional.empty();
            }
            return Optional.of("expected " + name + " with " + input + ", got "
                    + named.stream().map(ToolCall::input).toList());
        }
    }

    /** Every fact appears in the final answer (exact substrings). */
    record Facts(List<String> facts) implements Check {
        public Facts {
            facts = List.copyOf(facts);
        }

        @Override
        public Optional<String> failure(Transcript transcript) {
            List<String> missing = facts.stream().filter(f -> !transcript.answer().contains(f)).toList();
            return missing.isEmpty() ? Optional.empty()
                    : Optional.of("answer lacks " + missing + ": \"" + excerpt(transcript.answer()) + "\"");
        }
    }

    /** None of these appears in the final answer (e.g. invented weather data for an unknown city). */
    record Absent(List<String> phrases) implements Check {
        public Absent {
            phrases = List.copyOf(phrases);
        }

        @Override
        public Optional<String> failure(Transcript transcript) {
            List<String> found = phrases.stream().filter(transcript.answer()::contains).toList();
            return found.isEmpty() ? Optional.empty()
                    : Optional.of("answer must not contain " + found + ": \"" + excerpt(transcript.answer()) + "\"");
        }
    }

    /** The agent answered without calling any tool. */
    record NoToolCalls() implements Check {
        @Override
        public Optional<String> failure(Transcript transcript) {
            return transcript.toolCalls().isEmpty() ? Optional.empty()
                    : Optional.of("expected no tool calls, got " + transcript.toolCalls().stream().map(ToolCall::name).toList());
        }
    }

    /** The answer shortened for a failure message. */
    private static String excerpt(String answer) {
        String flat = answer.replace('\n', ' ');
        return flat.length() <= 160 ? flat : flat.substring(0, 160) + "…";
    }

    /** True when every entry of {@code expected} is in {@code actual}; numbers compare by value, maps recursively. */
    static boolean includes(Map<String, Object> actual, Map<String, Object> expected) {
        return expected.entrySet().stream().allMatch(e -> actual.containsKey(e.getKey())
                && matches(actual.get(e.getKey()), e.getValue()));
    }

    @SuppressWarnings("unchecked")
    private static boolean matches(Object actual, Object expected) {
        if (expected instanceof Number n && actual instanceof Number m) {
            return new BigDecimal(n.toString()).compareTo(new BigDecimal(m.toString())) == 0;
        }
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            return includes((Map<String, Object>) a, (Map<String, Object>) e);
        }
        return Objects.equals(actual, expected);
    }
}
