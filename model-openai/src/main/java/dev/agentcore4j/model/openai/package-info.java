/**
 * The OpenAI-compatible chat completions provider: {@link dev.agentcore4j.model.openai.OpenAiModel}
 * configured by {@link dev.agentcore4j.model.openai.OpenAiConfig}. The JDK {@code HttpClient} streams
 * the SSE response; Jackson is the JSON codec. See {@code docs/models.md}.
 */
package dev.agentcore4j.model.openai;
