package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import java.util.List;

class LangChain4jEngineContractTest extends AgentEngineContract {

    @Override
    protected Agent agent(Model model, List<Tool> tools, String systemPrompt) {
        return LangChain4jEngine.agent(model, tools, systemPrompt);
    }
}
