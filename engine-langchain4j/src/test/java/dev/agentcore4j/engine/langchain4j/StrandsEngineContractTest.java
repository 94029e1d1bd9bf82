package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import java.util.List;

/** The strands loop passes the same contract, so both engines are held to one standard. */
class StrandsEngineContractTest extends AgentEngineContract {

    @Override
    protected Agent agent(Model model, List<Tool> tools, String systemPrompt) {
        return Agent.builder().model(model).systemPrompt(systemPrompt).tools(tools).build();
    }
}
