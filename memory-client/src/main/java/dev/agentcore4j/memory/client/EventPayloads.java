package dev.agentcore4j.memory.client;

import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ToolResultContent;
import dev.agentcore4j.agent.ToolResultStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.document.Document;
import software.amazon.awssdk.services.bedrockagentcore.model.Conversational;
import software.amazon.awssdk.services.bedrockagentcore.model.PayloadType;

/**
 * How one message is written into one event's payload, and read back (docs/memory-agent.md, "Event
 * payload format").
 *
 * <ul>
 *   <li>Its text as {@code conversational} items — role {@code USER} or {@code ASSISTANT}, and
 *       {@code TOOL} for the text of tool results — in pieces of at most 9,000 characters (the
 *       service's limit). This is what Memory's strategies extract from and what other clients read.</li>
 *   <li>When it holds tool uses or tool results, also one {@code blob}: the whole message in Converse
 *       shape, {@code {"format": "agentcore4j/message/v1", "role": "assistant", "content": [{"text": …},
 *       {"toolUse": {"toolUseId", "name", "input"}}, {"toolResult": {"toolUseId", "status",
 *       "content": [{"text": …} | {"json": …}]}}]}}. When present it is the message; the
 *       conversational items are its readable copy.</li>
 * </ul>
 *
 * Images and reasoning are not recorded. Events written by other clients are read from their
 * conversational items: each run of {@code USER} or {@code ASSISTANT} items is one message;
 * {@code TOOL} and {@code OTHER} items without our blob cannot be paired with a tool use and are skipped.
 */
final class EventPayloads {

    static final String FORMAT = "agentcore4j/message/v1";
    static final int TEXT_MAX = 9000;
    static final int PAYLOAD_MAX = 100;
    /** A tool result's text kept in the blob, at most (tool results can be whole web pages). */
    static final int TOOL_RESULT_TEXT_MAX = 20_000;
    static final String TRUNCATED = " …[truncated by agentcore4j memory]";

    private static final software.amazon.awssdk.services.bedrockagentcore.model.Role WIRE_USER =
            software.amazon.awssdk.services.bedrockagentcore.model.Role.USER;
    private static final software.amazon.awssdk.services.bedrockagentcore.model.Role WIRE_ASSISTANT =
            software.amazon.awssdk.services.bedrockagentcore.model.Role.ASSISTANT;
    private static final software.amazon.awssdk.services.bedrockagentcore.model.Role WIRE_TOOL =
            software.amazon.awssdk.services.bedrockagentcore.model.Role.TOOL;

    private EventPayloads() {
    }

    /** The payload of the event recording {@code message}; empty when there is nothing to record. */
    static List<PayloadType> payload(Message message) {
        List<PayloadType> items = new ArrayList<>();
        conversational(items, message.role() == Role.USER ? WIRE_USER : WIRE_ASSISTANT, message.text());
        for (ContentBlock.ToolResult result : message.toolResults()) {
            conversational(items, WIRE_TOOL, truncate(result.text()));
        }
        boolean structured = message.hasToolUse() || message.hasToolResult();
        int room = structured ? PAYLOAD_MAX - 1 : PAYLOAD_MAX;
        List<PayloadType> out = new ArrayList<>(items.subList(0, Math.min(room, items.size())));
        if (structured) {
            out.add(PayloadType.builder().blob(blob(message)).build());
        }
        return out;
    }

    /** The messages an event's payload holds: our blob's message, else its conversational runs. */
    static List<Message> messages(List<PayloadType> payload) {
        for (PayloadType item : payload) {
            Optional<Message> message = fromBlob(item.blob());
            if (message.isPresent()) {
                return List.of(message.get());
            }
        }
        List<Message> out = new ArrayList<>();
        Role role = null;
        StringBuilder text = new StringBuilder();
        for (PayloadType item : payload) {
            Conversational c = item.conversational();
            if (c == null || c.content() == null || c.content().text() == null) {
                continue;
            }
            Role itemRole = switch (c.roleAsString() == null ? "" : c.roleAsString().toUpperCase(Locale.ROOT)) {
                case "USER" -> Role.USER;
                case "ASSISTANT" -> Role.ASSISTANT;
                default -> null;
            };
            if (itemRole == null) {
                continue;
            }
            if (role != null && itemRole != role) {
                addText(out, role, text);
                text.setLength(0);
            }
            role = itemRole;
            text.append(c.content().text());
        }
        if (role != null) {
            addText(out, role, text);
        }
        return out;
    }

    private static void addText(List<Message> out, Role role, CharSequence text) {
        if (!text.isEmpty()) {
            out.add(new Message(role, List.of(new ContentBlock.Text(text.toString()))));
        }
    }

    private static void conversational(List<PayloadType> items,
            software.amazon.awssdk.services.bedrockagentcore.model.Role role, String text) {
        for (String chunk : Texts.chunks(text, TEXT_MAX)) {
            items.add(PayloadType.builder().conversational(c -> c.role(role).content(t -> t.text(chunk))).build());
        }
    }

    private static Document blob(Message message) {
        List<Object> content = new ArrayList<>();
        for (ContentBlock block : message.content()) {
            switch (block) {
                case ContentBlock.Text t -> content.add(Map.of("text", t.text()));
                case ContentBlock.ToolUse use -> content.add(Map.of("toolUse",
                        ordered("toolUseId", use.toolUseId(), "name", use.name(), "input", use.input())));
                case ContentBlock.ToolResult result -> content.add(Map.of("toolResult", ordered(
                        "toolUseId", result.toolUseId(), "status", result.status().name().toLowerCase(Locale.ROOT),
                        "content", resultContent(result.content()))));
                case ContentBlock.Image _, ContentBlock.Reasoning _ -> { }
            }
        }
        return Documents.of(ordered("format", FORMAT, "role", message.role().name().toLowerCase(Locale.ROOT),
                "content", content));
    }

    private static List<Object> resultContent(List<ToolResultContent> content) {
        List<Object> out = new ArrayList<>();
        for (ToolResultContent part : content) {
            switch (part) {
                case ToolResultContent.Text t -> out.add(Map.of("text", truncate(t.text())));
                case ToolResultContent.Json j -> out.add(Map.of("json", j.value()));
            }
        }
        return out;
    }

    private static Optional<Message> fromBlob(Document blob) {
        Map<String, Object> message = Documents.object(blob);
        if (!FORMAT.equals(message.get("format"))) {
            return Optional.empty();
        }
        Role role = "assistant".equals(message.get("role")) ? Role.ASSISTANT : Role.USER;
        List<ContentBlock> blocks = new ArrayList<>();
        if (message.get("content") instanceof List<?> content) {
            for (Object item : content) {
                if (item instanceof Map<?, ?> block) {
                    block(block).ifPresent(blocks::add);
                }
            }
        }
        return blocks.isEmpty() ? Optional.empty() : Optional.of(new Message(role, blocks));
    }

    @SuppressWarnings("unchecked")
    private static Optional<ContentBlock> block(Map<?, ?> block) {
        try {
            if (block.get("text") instanceof String text) {
                return Optional.of(new ContentBlock.Text(text));
            }
            if (block.get("toolUse") instanceof Map<?, ?> use) {
                Object input = use.get("input");
                return Optional.of(new ContentBlock.ToolUse(String.valueOf(use.get("toolUseId")), String.valueOf(use.get("name")),
                        input instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of()));
            }
            if (block.get("toolResult") instanceof Map<?, ?> result) {
                ToolResultStatus status = "error".equals(result.get("status")) ? ToolResultStatus.ERROR : ToolResultStatus.SUCCESS;
                List<ToolResultContent> parts = new ArrayList<>();
                if (result.get("content") instanceof List<?> content) {
                    for (Object part : content) {
                        if (part instanceof Map<?, ?> p && p.get("text") instanceof String text) {
                            parts.add(ToolResultContent.text(text));
                        } else if (part instanceof Map<?, ?> p && p.containsKey("json")) {
                            parts.add(ToolResultContent.json(p.get("json")));
                        }
                    }
                }
                return Optional.of(new ContentBlock.ToolResult(String.valueOf(result.get("toolUseId")), parts, status));
            }
        } catch (IllegalArgumentException malformed) {
            // a block this client cannot rebuild (e.g. a blank tool use id) is left out
        }
        return Optional.empty();
    }

    private static String truncate(String text) {
        return text.length() <= TOOL_RESULT_TEXT_MAX ? text : text.substring(0, TOOL_RESULT_TEXT_MAX) + TRUNCATED;
    }

    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }
}
