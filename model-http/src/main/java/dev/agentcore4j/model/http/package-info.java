/**
 * What the HTTP model providers (OpenAI-compatible, Anthropic) share: {@link StreamingCall}, a
 * streamed exchange that cancellation aborts at any point, and {@link SseEvents}, a server-sent
 * events reader.
 */
package dev.agentcore4j.model.http;
