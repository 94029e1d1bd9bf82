package dev.agentcore4j.agent;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One model call: system prompt (empty for none), conversation, offered tools, tool choice and
 * inference options. Providers translate it to their wire format at their edge.
 *
 * <pre>{@code ModelRequest request = ModelRequest.of(List.of(Message.user("Hello"))).withSystemPrompt("Be brief.");}</pre>
 */
public record ModelRequest(String systemPrompt, List<Message> messages, List<ToolSpec> tools,
                           ToolChoice toolChoice, ModelOptions options) {

    public ModelRequest {
        Objects.requireNonNull(systemPrompt, "systemPrompt");
        messages = List.copyOf(messages);
        tools = List.copyOf(tools);
        Objects.requireNonNull(toolChoice, "toolChoice");
        Objects.requireNonNull(options, "options");
        if (toolChoice instanceof ToolChoice.Named(String name)
                && tools.stream().noneMatch(t -> t.name().equals(name))) {
            throw new IllegalArgumentException("tool choice names '" + name + "' but no such tool is offered");
        }
    }

    public static ModelRequest of(List<Message> messages) {
        return new ModelRequest("", messages, List.of(), ToolChoice.auto(), ModelOptions.DEFAULTS);
    }

    public ModelRequest withSystemPrompt(String systemPrompt) {
        return new ModelRequest(systemPrompt, messages, tools, toolChoice, options);
    }

    public ModelRequest withMessages(List<Message> messages) {
        return new ModelRequest(systemPrompt, messages, tools, toolChoice, options);
    }

    public ModelRequest withTools(List<ToolSpec> tools) {
        return new ModelRequest(systemPrompt, messages, tools, toolChoice, options);
    }

    public ModelRequest withToolChoice(ToolChoice toolChoice) {
        return new ModelRequest(systemPrompt, messages, tools, toolChoice, options);
    }

    public ModelRequest withOptions(ModelOptions options) {
        return new ModelRequest(systemPrompt, messages, tools, toolChoice, options);
    }

    /** The most recent message, if any. */
    public Optional<Message> lastMessage() {
        return messages.isEmpty() ? Optional.empty() : Optional.of(messages.getLast());
    }
}
