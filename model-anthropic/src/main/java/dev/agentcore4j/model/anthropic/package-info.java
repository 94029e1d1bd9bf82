/**
 * The Anthropic Messages API provider: {@link dev.agentcore4j.model.anthropic.AnthropicModel}
 * configured by {@link dev.agentcore4j.model.anthropic.AnthropicConfig}. The JDK {@code HttpClient}
 * streams the SSE response; Jackson is the JSON codec. See {@code docs/models.md}.
 */
package dev.agentcore4j.model.anthropic;
