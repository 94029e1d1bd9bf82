package dev.agentcore4j.compare;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.AgentEvent;
import dev.agentcore4j.agent.AgentResult;
import dev.agentcore4j.agent.Cancellation;
import dev.agentcore4j.agent.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** An engine in this process: a fresh agent per scenario run, tool calls taken from its events. */
final class InProcessTarget implements Target {

    private final String engine;
    private final Supplier<Agent> agents;

    InProcessTarget(String engine, Supplier<Agent> agents) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.agents = Objects.requireNonNull(agents, "agents");
    }

    @Override
    public String label() {
        return engine;
    }

    @Override
    public String engine() {
        return engine;
    }

    @Override
    public String where() {
        return "in-process";
    }

    @Override
    public void prepare() {
        agents.get();
    }

    @Override
    public Transcript run(Scenario scenario) {
        Agent agent = agents.get();
        List<ToolCall> calls = new ArrayList<>();
        long in = 0;
        long out = 0;
        String answer = "";
        for (String turn : scenario.turns()) {
            AgentResult result = agent.stream(Message.user(turn), event -> {
                if (event instanceof AgentEvent.ToolCalled call) {
                    calls.add(new ToolCall(call.name(), call.input()));
                }
            }, Cancellation.create());
            in += result.usage().inputTokens();
            out += result.usage().outputTokens();
            answer = result.text();
        }
        return new Transcript(answer, calls, in, out);
    }
}
