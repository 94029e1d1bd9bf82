package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentEventSink;
import dev.agentcore4j.agent.ToolOutput;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.invocation.InvocationContext;
import dev.langchain4j.service.tool.ToolExecutionResult;
import dev.langchain4j.service.tool.ToolExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the tool execution requests of one model turn through their LangChain4j {@link ToolExecutor}s,
 * concurrently on virtual threads with one deadline (as the strands loop does, so the comparison is
 * fair). Every outcome becomes a {@link ToolExecutionResultMessage}: unknown tool, a timeout and
 * cancellation are error results the model can read.
 */
final class ToolRound {

    private static final ThreadFactory THREADS = Thread.ofVirtual().name("lc4j-tool-", 0).factory();

    private record Call(ToolExecutionRequest request, FutureTask<ToolOutput> task, long startNanos) { }

    private final Map<String, ToolExecutor> executors;
    private final Duration timeout;

    ToolRound(Map<String, ToolExecutor> executors, Duration timeout) {
        this.executors = Map.copyOf(executors);
        this.timeout = timeout;
    }

    List<ToolExecutionResultMessage> run(List<ToolExecutionRequest> requests, ToolBridge.Scope scope, AgentEventSink sink) {
        List<Call> calls = new ArrayList<>();
        for (ToolExecutionRequest request : requests) {
            calls.add(start(request, scope, sink));
        }
        List<ToolExecutionResultMessage> results = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var _ = scope.cancellation().onCancel(() -> calls.forEach(c -> c.task().cancel(true)))) {
            for (Call call : calls) {
                ToolOutput output = await(call, deadline);
                sink.accept(new AgentEvent.ToolReturned(call.request().id(), call.request().name(), output.status(),
                        output.content(), Duration.ofNanos(System.nanoTime() - call.startNanos())));
                results.add(ToolExecutionResultMessage.builder().id(call.request().id())
                        .toolName(call.request().name()).text(ToolBridge.text(output)).isError(output.isError()).build());
            }
        }
        return results;
    }

    private Call start(ToolExecutionRequest request, ToolBridge.Scope scope, AgentEventSink sink) {
        sink.accept(new AgentEvent.ToolCalled(request.id(), request.name(), input(request)));
        long start = System.nanoTime();
        ToolExecutor executor = executors.get(request.name());
        FutureTask<ToolOutput> task;
        if (executor == null) {
            task = new FutureTask<>(() -> ToolOutput.error("Unknown tool '" + request.name() + "'. Available tools: "
                    + executors.keySet().stream().sorted().toList()));
            task.run();
        } else if (scope.cancellation().isCancelled()) {
            task = new FutureTask<>(() -> ToolOutput.error("Tool '" + request.name() + "' was cancelled"));
            task.run();
        } else {
            task = new FutureTask<>(() -> ScopedValue.where(ToolBridge.SCOPE, scope)
                    .call(() -> output(executor.executeWithContext(request, context()))));
            THREADS.newThread(task).start();
        }
        return new Call(request, task, start);
    }

    private static Map<String, Object> input(ToolExecutionRequest request) {
        try {
            return Json.arguments(request.arguments());
        } catch (IllegalArgumentException e) {
            return Map.of(); // the executor answers the model with the parse error
        }
    }

    private static InvocationContext context() {
        return InvocationContext.builder().invocationId(UUID.randomUUID()).timestampNow().build();
    }

    /** Our executors carry the ToolOutput; any other LangChain4j executor is read from its text. */
    private static ToolOutput output(ToolExecutionResult result) {
        if (result.result() instanceof ToolOutput output) {
            return output;
        }
        String text = result.resultText() == null ? "" : result.resultText();
        return result.isError() ? ToolOutput.error(text) : ToolOutput.text(text);
    }

    private ToolOutput await(Call call, long deadline) {
        String name = call.request().name();
        try {
            return call.task().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.task().cancel(true);
            return ToolOutput.error("Tool '" + name + "' timed out after " + timeout.toMillis() + " ms");
        } catch (CancellationException e) {
            return ToolOutput.error("Tool '" + name + "' was cancelled");
        } catch (ExecutionException e) {
            return ToolOutput.error("Error: tool '" + name + "' failed");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.task().cancel(true);
            return ToolOutput.error("Tool '" + name + "' was cancelled");
        }
    }
}
