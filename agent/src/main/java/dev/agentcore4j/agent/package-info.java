/**
 * The agent: a Converse-shaped conversation model ({@link dev.agentcore4j.agent.Message},
 * {@link dev.agentcore4j.agent.ContentBlock}), the {@link dev.agentcore4j.agent.Tool} and
 * {@link dev.agentcore4j.agent.Model} SPIs, and the model-driven loop behind
 * {@link dev.agentcore4j.agent.Agent}, with typed streaming events, hooks, conversation managers,
 * cancellation, retries and structured output. JDK only.
 *
 * <pre>{@code
 * Agent agent = Agent.builder()
 *         .model(RetryingModel.wrap(model))
 *         .tools(Tools.fromObject(new MyTools()))
 *         .build();
 * agent.stream("What's the weather in Tokyo?", event -> {
 *     switch (event) {
 *         case AgentEvent.TextDelta(String text) -> System.out.print(text);
 *         case AgentEvent.ToolCalled called -> System.out.println("\n[tool] " + called.name());
 *         default -> { }
 *     }
 * });
 * }</pre>
 *
 * <p>Test harness shipped with the module: {@link dev.agentcore4j.agent.ScriptedModel} replays
 * scripted turns, {@link dev.agentcore4j.agent.RecordingSink} records events.
 */
package dev.agentcore4j.agent;
