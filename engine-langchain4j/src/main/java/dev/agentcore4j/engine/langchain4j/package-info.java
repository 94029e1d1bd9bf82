/**
 * The LangChain4j engine: the {@link dev.agentcore4j.agent.Agent} port built on LangChain4j, with
 * the same model and tools as the strands loop. {@link dev.agentcore4j.engine.langchain4j.LangChain4jEngine}
 * builds the agent; {@link dev.agentcore4j.engine.langchain4j.LangChain4jModels} exposes our models as
 * LangChain4j chat models and {@link dev.agentcore4j.engine.langchain4j.LangChain4jTools} our tools as
 * LangChain4j tool specifications and executors. {@link dev.agentcore4j.engine.langchain4j.LangChain4jProviders}
 * builds LangChain4j's own OpenAI and Anthropic models from our provider configs.
 *
 * <pre>{@code
 * Agent agent = LangChain4jEngine.agent(new OfflineModel(), SeedTools.create(), "You are helpful.");
 * }</pre>
 */
package dev.agentcore4j.engine.langchain4j;
