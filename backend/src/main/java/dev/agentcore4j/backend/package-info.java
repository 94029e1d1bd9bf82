/**
 * The seed's backend in Java: a REST API under {@code /api/} for sessions and messages over an
 * event-sourced session log (SQLite), with the agent reached in one of three modes (mock, AgentCore
 * Runtime through the AWS SDK, or in process), plus the engine comparison, benchmark runs, the
 * runtimes' status and the settings. See docs/backend-api.md and docs/backend.md.
 *
 * <pre>{@code
 * BackendApi api = BackendApi.create(BackendConfig.fromEnvironment(System.getenv()));
 * server.createContext("/api/", api::handle);
 * }</pre>
 */
package dev.agentcore4j.backend;
