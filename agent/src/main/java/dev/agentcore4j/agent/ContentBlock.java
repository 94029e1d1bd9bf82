package dev.agentcore4j.agent;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One block of a {@link Message}, shaped like a Bedrock Converse {@code ContentBlock}.
 * A closed set: handle it with an exhaustive {@code switch}.
 */
public sealed interface ContentBlock {

    /** Text written by the user or the model. */
    record Text(String text) implements ContentBlock {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The model asks for a tool call; {@code input} is JSON-like and matches the tool's schema. */
    record ToolUse(String toolUseId, String name, Map<String, Object> input) implements ContentBlock {
        public ToolUse {
            requireNonBlank(toolUseId, "toolUseId");
            requireNonBlank(name, "name");
            input = JsonValues.copyObject(input, "input");
        }
    }

    /** The answer to a {@link ToolUse} with the same {@code toolUseId}. */
    record ToolResult(String toolUseId, List<ToolResultContent> content, ToolResultStatus status)
            implements ContentBlock {
        public ToolResult {
            requireNonBlank(toolUseId, "toolUseId");
            content = List.copyOf(content);
            Objects.requireNonNull(status, "status");
        }

        /** The text parts joined by newlines (JSON parts are rendered with {@code toString}). */
        public String text() {
            var sb = new StringBuilder();
            for (var part : content) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(switch (part) {
                    case ToolResultContent.Text t -> t.text();
                    case ToolResultContent.Json j -> String.valueOf(j.value());
                });
            }
            return sb.toString();
        }
    }

    /** An image; {@code format} is one of png, jpeg, gif, webp (the Converse set). */
    record Image(String format, byte[] bytes) implements ContentBlock {
        private static final Set<String> FORMATS = Set.of("png", "jpeg", "gif", "webp");

        public Image {
            if (!FORMATS.contains(format)) {
                throw new IllegalArgumentException("image format must be one of " + FORMATS + ": " + format);
            }
            bytes = bytes.clone();
        }

        @Override
        public byte[] bytes() {
            return bytes.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Image(String f, byte[] b) && f.equals(format) && Arrays.equals(b, bytes);
        }

        @Override
        public int hashCode() {
            return format.hashCode() * 31 + Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "Image[format=" + format + ", bytes=" + bytes.length + " bytes, sha=" +
                    HexFormat.of().toHexDigits(Arrays.hashCode(bytes)) + "]";
        }
    }

    /** Model reasoning ("thinking"); some providers sign it so it can be sent back unchanged. */
    record Reasoning(String text, Optional<String> signature) implements ContentBlock {
        public Reasoning {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(signature, "signature");
        }

        public Reasoning(String text) {
            this(text, Optional.empty());
        }
    }

    static Text text(String text) {
        return new Text(text);
    }

    private static void requireNonBlank(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
