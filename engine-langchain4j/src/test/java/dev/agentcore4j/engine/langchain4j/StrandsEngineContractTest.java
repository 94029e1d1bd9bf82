package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import java.util.List;
import java.util.function.Supplier;

/** The strands loop passes the same contract, so both engines are held to one standard. */
class StrandsEngineContractTest extends AgentEngineContract {

    @Override
    protected Agent agent(Model model, List<Tool> tools, String systemPrompt) {
        return Agent.builder().model(model).systemPrompt(systemPrompt).tools(tools).build();
    }

    @Override
    protected Agent restored(Model model, List<Tool> tools, Supplier<String> systemPrompt, List<Message> conversation) {
        return Agent.builder().model(model).systemPrompt(systemPrompt).tools(tools).messages(conversation).build();
    }
}
