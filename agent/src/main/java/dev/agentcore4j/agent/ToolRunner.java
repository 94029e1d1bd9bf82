package dev.agentcore4j.agent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs the tool uses of one assistant turn concurrently, one virtual thread each, with a shared
 * deadline. Every outcome becomes a tool result: unknown tool, invalid arguments, a
 * {@link ToolException}, a timeout and cancellation are error results with their message; any other
 * exception (or error) is logged and answered with a generic error naming only its type, so no
 * path, SQL or host detail reaches the model. Nothing here throws.
 */
final class ToolRunner {

    private static final System.Logger LOG = System.getLogger(ToolRunner.class.getName());
    private static final ThreadFactory THREADS = Thread.ofVirtual().name("agent-tool-", 0).factory();

    private record Timed(ToolOutput output, Duration duration) { }

    private record Call(ContentBlock.ToolUse use, FutureTask<Timed> task, long startNanos) { }

    private final Map<String, Tool> tools;
    private final Duration timeout;
    private final List<Hooks.BeforeToolCall> beforeHooks;
    private final List<Hooks.AfterToolCall> afterHooks;

    ToolRunner(List<Tool> tools, Duration timeout, List<Hooks.BeforeToolCall> beforeHooks,
               List<Hooks.AfterToolCall> afterHooks) {
        var byName = new LinkedHashMap<String, Tool>();
        tools.forEach(t -> byName.put(t.spec().name(), t));
        this.tools = Map.copyOf(byName);
        this.timeout = timeout;
        this.beforeHooks = List.copyOf(beforeHooks);
        this.afterHooks = List.copyOf(afterHooks);
    }

    /** The results, one per tool use, in the order the model asked. */
    List<ContentBlock> runAll(List<ContentBlock.ToolUse> uses, AgentState state, Cancellation cancellation,
                              AgentEventSink sink) {
        var calls = new ArrayList<Call>();
        for (ContentBlock.ToolUse requested : uses) {
            calls.add(start(requested, state, cancellation, sink));
        }
        var results = new ArrayList<ContentBlock>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var _ = cancellation.onCancel(() -> calls.forEach(c -> c.task().cancel(true)))) {
            for (Call call : calls) {
                Timed timed = await(call, deadline);
                ToolOutput output = timed.output();
                for (var hook : afterHooks) {
                    output = hook.afterToolCall(call.use(), output);
                }
                sink.accept(new AgentEvent.ToolReturned(call.use().toolUseId(), call.use().name(),
                        output.status(), output.content(), timed.duration()));
                results.add(output.toResult(call.use().toolUseId()));
            }
        }
        return results;
    }

    private Call start(ContentBlock.ToolUse use, AgentState state, Cancellation cancellation, AgentEventSink sink) {
        for (var hook : beforeHooks) {
            switch (hook.beforeToolCall(use, state)) {
                case ToolCallDecision.Proceed _ -> { }
                case ToolCallDecision.ProceedWith(Map<String, Object> input) ->
                        use = new ContentBlock.ToolUse(use.toolUseId(), use.name(), input);
                case ToolCallDecision.Skip(ToolOutput output) -> {
                    return completed(use, output);
                }
            }
        }
        sink.accept(new AgentEvent.ToolCalled(use.toolUseId(), use.name(), use.input()));
        if (cancellation.isCancelled()) {
            return completed(use, ToolOutput.error("Tool '" + use.name() + "' was cancelled"));
        }
        Tool tool = tools.get(use.name());
        if (tool == null) {
            return completed(use, ToolOutput.error("Unknown tool '" + use.name() + "'. Available tools: "
                    + tools.keySet().stream().sorted().toList()));
        }
        List<String> problems = tool.spec().validate(use.input());
        if (!problems.isEmpty()) {
            return completed(use, ToolOutput.error("Invalid input for tool '" + use.name() + "': "
                    + String.join("; ", problems)));
        }
        var context = new ToolContext(use.toolUseId(), use.name(), state, cancellation);
        ContentBlock.ToolUse call = use;
        long start = System.nanoTime();
        var task = new FutureTask<>(() -> new Timed(invoke(tool, call, context), Duration.ofNanos(System.nanoTime() - start)));
        THREADS.newThread(task).start();
        return new Call(call, task, start);
    }

    private static ToolOutput invoke(Tool tool, ContentBlock.ToolUse use, ToolContext context) {
        try {
            return tool.invoke(use.input(), context);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ToolOutput.error("Tool '" + use.name() + "' was interrupted");
        } catch (ToolException e) {
            return e.getMessage() == null ? ToolOutput.error(unexpected(use, e)) : ToolOutput.error(e.getMessage());
        } catch (Exception e) {
            return ToolOutput.error(unexpected(use, e));
        }
    }

    /**
     * Logs an unexpected failure in full for the operator and returns what the model may see: that
     * the tool failed and the exception's type, never its message (it may hold paths, SQL, hosts).
     */
    private static String unexpected(ContentBlock.ToolUse use, Throwable failure) {
        LOG.log(System.Logger.Level.WARNING, () -> "tool=" + use.name() + " toolUseId=" + use.toolUseId()
                + " | tool failed", failure);
        Class<?> type = failure.getClass();
        String name = type.isAnonymousClass() ? type.getSuperclass().getSimpleName() : type.getSimpleName();
        return "Tool '" + use.name() + "' failed: " + name;
    }

    private Call completed(ContentBlock.ToolUse use, ToolOutput output) {
        var task = new FutureTask<>(() -> new Timed(output, Duration.ZERO));
        task.run();
        return new Call(use, task, System.nanoTime());
    }

    private Timed await(Call call, long deadline) {
        String name = call.use().name();
        try {
            return call.task().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            call.task().cancel(true);
            return failed(call, "Tool '" + name + "' timed out after " + timeout.toMillis() + " ms");
        } catch (CancellationException e) {
            return failed(call, "Tool '" + name + "' was cancelled");
        } catch (ExecutionException e) {
            return failed(call, unexpected(call.use(), e.getCause())); // only an Error escapes invoke
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.task().cancel(true);
            return failed(call, "Tool '" + name + "' was cancelled");
        }
    }

    private static Timed failed(Call call, String message) {
        return new Timed(ToolOutput.error(message), Duration.ofNanos(System.nanoTime() - call.startNanos()));
    }
}
