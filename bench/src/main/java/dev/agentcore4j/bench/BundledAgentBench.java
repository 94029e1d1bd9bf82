package dev.agentcore4j.bench;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.ModelRequest;
import dev.agentcore4j.agent.ModelOptions;
import dev.agentcore4j.agent.Tool;
import dev.agentcore4j.agent.ToolChoice;
import dev.agentcore4j.agent.ToolSpec;
import dev.agentcore4j.container.ContainerConfig;
import dev.agentcore4j.model.offline.OfflineModel;
import dev.agentcore4j.tools.SeedTools;
import dev.agentcore4j.tools.ToolsConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * What one turn of the bundled agent costs (the container's session agent: offline model, seed
 * tools, the container's system prompt), on a session already at the 40-message sliding window, as
 * under load; and the offline model's share of it.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class BundledAgentBench {

    private static final String WEATHER = "What's the weather in Tokyo?";
    private static final String GREETING = "Hello, who are you?";

    private Agent session;
    private OfflineModel model;
    private ModelRequest firstRound;
    private ModelRequest answerRound;
    private ModelRequest firstRoundShort;

    @Setup
    public void setUp() throws IOException {
        Path data = Files.createTempDirectory("ac4j-jmh-");
        List<Tool> tools = SeedTools.create(ToolsConfig.defaults().dataDir(data).semanticSearch(false));
        model = new OfflineModel();
        session = Agent.builder().model(model).systemPrompt(ContainerConfig.DEFAULT_SYSTEM_PROMPT).tools(tools).build();
        for (int i = 0; i < 12; i++) {
            session.run(WEATHER);
        }
        List<Message> window = session.messages();
        List<ToolSpec> specs = session.toolSpecs();
        firstRound = request(append(window, Message.user(WEATHER)), specs);
        // the second round of a weather turn: the model reads the tool result and answers
        answerRound = request(window.subList(0, window.size() - 1), specs);
        firstRoundShort = request(List.of(Message.user(WEATHER)), specs);
    }

    private static ModelRequest request(List<Message> messages, List<ToolSpec> specs) {
        return new ModelRequest(ContainerConfig.DEFAULT_SYSTEM_PROMPT, messages, specs, ToolChoice.auto(), ModelOptions.DEFAULTS);
    }

    private static List<Message> append(List<Message> messages, Message message) {
        var out = new java.util.ArrayList<>(messages);
        out.add(message);
        return out;
    }

    /** A whole weather turn on a full session: 2 model rounds, 1 tool call (what the load test drives). */
    @Benchmark
    public AgentResult weatherTurnOnFullSession() {
        return session.run(WEATHER);
    }

    /** A turn with no tool (greeting) on a fresh agent: model + loop, no window. */
    @Benchmark
    public AgentResult greetingTurnOnFreshAgent() {
        return Agent.builder().model(model).systemPrompt(ContainerConfig.DEFAULT_SYSTEM_PROMPT).build().run(GREETING);
    }

    /** The offline model's first round (choose the tool) with a 40-message window. */
    @Benchmark
    public void offlineToolChoiceFullWindow(Blackhole sink) {
        model.converse(firstRound, sink::consume, Cancellation.create());
    }

    /** The offline model's second round (answer from the tool result) with a 40-message window. */
    @Benchmark
    public void offlineAnswerFullWindow(Blackhole sink) {
        model.converse(answerRound, sink::consume, Cancellation.create());
    }

    /** The offline model's first round with only the prompt. */
    @Benchmark
    public void offlineToolChoiceFirstTurn(Blackhole sink) {
        model.converse(firstRoundShort, sink::consume, Cancellation.create());
    }
}
