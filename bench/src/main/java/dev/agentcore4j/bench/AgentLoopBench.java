package dev.agentcore4j.bench;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.ContentBlock;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelEvent;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.agent.ScriptedModel;
import dev.agentcore4j.agent.StopReason;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.Tools;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The agent loop's own cost, with a {@link ScriptedModel} so no model work is measured. A scripted
 * model replays a fixed number of turns, so each invocation builds a fresh model and agent;
 * {@link #build} measures that part alone (subtract it for the loop's share).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AgentLoopBench {

    static final int DELTAS = 200;
    private static final Message ANSWER = Message.assistant("It is sunny in Tokyo today.");
    private static final Message TOOL_USE = Message.of(Role.ASSISTANT,
            new ContentBlock.ToolUse("t1", "echo", Map.of("text", "hello")));
    private static final Message PROMPT = Message.user("What is the weather in Tokyo?");
    private static final Tool ECHO = Tools.of("echo", "Repeats the text",
            Map.of("type", "object", "properties", Map.of("text", Map.of("type", "string")), "required", List.of("text")),
            (input, context) -> input.get("text"));
    private static final List<ModelEvent> STREAM = stream();

    private static List<ModelEvent> stream() {
        var events = new ArrayList<ModelEvent>();
        events.add(new ModelEvent.MessageStart(Role.ASSISTANT));
        for (int i = 0; i < DELTAS; i++) {
            events.add(new ModelEvent.TextDelta("word "));
        }
        events.add(new ModelEvent.UsageReport(ScriptedModel.TURN_USAGE));
        events.add(new ModelEvent.MessageStop(StopReason.END_TURN));
        return List.copyOf(events);
    }

    /** Building a scripted model and an agent: the fixed part of every benchmark below. */
    @Benchmark
    public Agent build() {
        return Agent.builder().model(ScriptedModel.of(ANSWER)).tools(ECHO).build();
    }

    /** One invocation of one model round (text answer, 6 deltas), including {@link #build}. */
    @Benchmark
    public AgentResult modelRound() {
        return Agent.builder().model(ScriptedModel.of(ANSWER)).tools(ECHO).build()
                .run(PROMPT, Cancellation.create());
    }

    /** A tool round trip: model asks for echo, the tool runs on a virtual thread, model answers (2 rounds). */
    @Benchmark
    public AgentResult toolRound() {
        return Agent.builder().model(ScriptedModel.of(TOOL_USE, ANSWER)).tools(ECHO).build()
                .run(PROMPT, Cancellation.create());
    }

    /** Event streaming: {@value #DELTAS} text deltas through assembler and sink; the score is per event. */
    @Benchmark
    @OperationsPerInvocation(DELTAS)
    public AgentResult streamEvents(Blackhole sink) {
        Agent agent = Agent.builder().model(ScriptedModel.builder().events(STREAM).build()).build();
        return agent.stream(PROMPT, sink::consume, Cancellation.create());
    }
}
