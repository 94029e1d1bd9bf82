/**
 * The seed's tools for AgentCore4J agents, done for real: {@code get_current_weather} (a bundled,
 * clearly labelled offline sample dataset), {@code search_documents} (in-process embeddings plus
 * BM25 over a bundled and a configurable corpus), {@code calculate} (a parser, never eval),
 * {@code get_current_time}, {@code create_task}/{@code list_tasks} (SQLite file database),
 * {@code fetch_url} (SSRF-guarded) and {@code analyze_text}.
 *
 * <p>The public API is {@link dev.agentcore4j.tools.SeedTools}, configured by
 * {@link dev.agentcore4j.tools.ToolsConfig} and {@link dev.agentcore4j.tools.FetchPolicy};
 * everything else is package-private.
 *
 * <pre>{@code
 * Agent agent = Agent.builder()
 *         .model(model)
 *         .tools(SeedTools.create(ToolsConfig.defaults()))
 *         .build();
 * }</pre>
 */
package dev.agentcore4j.tools;
