package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.AgentState;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolContext;
import dev.agentcore4j.agent.ToolOutput;
import dev.agentcore4j.agent.ToolResultContent;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One of our tools as a LangChain4j {@link ToolExecutor}. Arguments are parsed and validated
 * against the tool's own schema; every failure becomes an error result the model can read
 * (never an exception out of the executor). The full {@link ToolOutput} travels in
 * {@link ToolExecutionResult#result()} so the engine can report it unchanged.
 */
final class ToolBridge implements ToolExecutor {

    /** The agent state and cancellation of the invocation running the tool, bound by the engine's loop. */
    record Scope(AgentState state, Cancellation cancellation) { }

    static final ScopedValue<Scope> SCOPE = ScopedValue.newInstance();

    private static final System.Logger LOG = System.getLogger(ToolBridge.class.getName());

    private final Tool tool;

    ToolBridge(Tool tool) {
        this.tool = tool;
    }

    @Override
    public String execute(ToolExecutionRequest request, Object memoryId) {
        return text(run(request));
    }

    @Override
    public ToolExecutionResult executeWithContext(ToolExecutionRequest request, InvocationContext context) {
        ToolOutput output = run(request);
        return ToolExecutionResult.builder().result(output).resultText(text(output)).isError(output.isError()).build();
    }

    ToolOutput run(ToolExecutionRequest request) {
        String name = tool.spec().name();
        Map<String, Object> input;
        try {
            input = Json.arguments(request.arguments());
        } catch (IllegalArgumentException e) {
            return ToolOutput.error("Invalid input for tool '" + name + "': " + e.getMessage());
        }
        List<String> problems = tool.spec().validate(input);
        if (!problems.isEmpty()) {
            return ToolOutput.error("Invalid input for tool '" + name + "': " + String.join("; ", problems));
        }
        Scope scope = SCOPE.isBound() ? SCOPE.get() : new Scope(new AgentState(), Cancellation.create());
        String id = request.id() == null ? "call" : request.id();
        try {
            return tool.invoke(input, new ToolContext(id, name, scope.state(), scope.cancellation()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolOutput.error("Tool '" + name + "' was interrupted");
        } catch (Exception e) {
            // the same answer the strands loop gives, so both engines show the model the same thing
            LOG.log(System.Logger.Level.WARNING, "tool={0} toolUseId={1} | tool failed: {2}", name, id, e.toString());
            return ToolOutput.error("Error: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The text LangChain4j sends back to the model: text parts as they are, JSON parts as JSON. */
    static String text(ToolOutput output) {
        StringJoiner joiner = new StringJoiner("\n");
        for (ToolResultContent part : output.content()) {
            joiner.add(switch (part) {
                case ToolResultContent.Text t -> t.text();
                case ToolResultContent.Json j -> Json.write(j.value());
            });
        }
        return joiner.toString();
    }
}
