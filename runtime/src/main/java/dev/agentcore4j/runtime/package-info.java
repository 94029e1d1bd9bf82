/**
 * The agent container server: everything AgentCore Runtime calls inside an agent's microVM.
 *
 * <pre>{@code
 * RuntimeServer server = RuntimeServer.builder()
 *         .handler(invocation -> Reply.json(Map.of("echo", invocation.payload())))
 *         .start();
 * }</pre>
 *
 * <p>{@code POST /invocations} answers JSON, server-sent events or raw bytes, {@code GET /ping}
 * reports {@code Healthy}/{@code HealthyBusy}, {@code /ws} carries WebSocket sessions. Handlers run
 * on virtual threads and may block.
 */
package dev.agentcore4j.runtime;
