package dev.agentcore4j.agent;

import java.util.ArrayList;
import java.util.List;

/**
 * Gets a record out of the model through a forced tool whose input schema is the record's schema.
 * Invalid input goes back to the model as an error tool result naming the problems, so it can fix
 * them; after {@code attempts} model calls it gives up with a clear message.
 */
final class StructuredOutput<R extends Record> {

    private final Class<R> type;
    private final Model model;
    private final int attempts;
    private final ToolSpec spec;

    StructuredOutput(Class<R> type, Model model, int attempts) {
        this.type = type;
        this.model = model;
        this.attempts = attempts;
        this.spec = new ToolSpec(Agent.STRUCTURED_OUTPUT_TOOL,
                "Record the final answer as " + type.getSimpleName() + ". Always answer through this tool.",
                Tools.schemaOf(type));
    }

    R ask(ModelRequest base) {
        var messages = new ArrayList<>(base.messages());
        List<String> problems = List.of();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            var request = base.withMessages(messages).withTools(List.of(spec)).withToolChoice(ToolChoice.tool(spec.name()));
            Message answer = model.converse(request).message();
            var use = answer.toolUses().stream().filter(u -> u.name().equals(spec.name())).findFirst();
            if (use.isEmpty()) {
                problems = List.of("the model did not call the " + spec.name() + " tool");
                messages = new ArrayList<>(Conversations.append(messages, answer.content().isEmpty() ? Message.assistant("(no answer)") : answer));
                messages = new ArrayList<>(Conversations.append(messages, Message.user("Answer by calling the " + spec.name() + " tool.")));
                continue;
            }
            problems = spec.validate(use.get().input());
            if (problems.isEmpty()) {
                try {
                    return RecordBinder.toRecord(type, use.get().input());
                } catch (IllegalArgumentException e) {
                    problems = List.of(e.getMessage());
                }
            }
            messages.add(answer);
            messages.add(Message.of(Role.USER, new ContentBlock.ToolResult(use.get().toolUseId(),
                    List.of(ToolResultContent.text("Invalid " + type.getSimpleName() + ": " + String.join("; ", problems)
                            + ". Call " + spec.name() + " again with corrected input.")),
                    ToolResultStatus.ERROR)));
        }
        throw new StructuredOutputException("no valid " + type.getSimpleName() + " after " + attempts
                + " attempts: " + String.join("; ", problems));
    }
}
