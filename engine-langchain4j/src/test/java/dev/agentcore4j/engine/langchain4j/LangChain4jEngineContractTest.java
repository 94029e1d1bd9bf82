package dev.agentcore4j.engine.langchain4j;

import dev.agentcore4j.agent.Agent;
import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Model;
import dev.agentcore4j.agent.Tool;
import java.util.List;
import java.util.function.Supplier;

class LangChain4jEngineContractTest extends AgentEngineContract {

    @Override
    protected Agent agent(Model model, List<Tool> tools, String systemPrompt) {
        return LangChain4jEngine.agent(model, tools, systemPrompt);
    }

    @Override
    protected Agent restored(Model model, List<Tool> tools, Supplier<String> systemPrompt, List<Message> conversation) {
        return LangChain4jEngine.builder().model(model).tools(tools).systemPrompt(systemPrompt).messages(conversation).build();
    }
}
