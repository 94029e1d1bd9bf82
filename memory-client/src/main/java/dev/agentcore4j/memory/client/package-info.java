/**
 * The agent side of AgentCore Memory (issue #5): {@link dev.agentcore4j.memory.client.AgentMemory}
 * loads a session's conversation from Memory when a new agent instance meets it (after
 * StopRuntimeSession, idle reaping or a crash), records every message of every turn as an event, and
 * recalls the long-term memory records relevant to the actor. It speaks the AgentCore Memory API
 * through the official AWS SDK, so the same code talks to the local twin and to AWS. See
 * docs/memory-agent.md.
 */
package dev.agentcore4j.memory.client;
