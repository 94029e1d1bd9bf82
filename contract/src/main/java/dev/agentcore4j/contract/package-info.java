/**
 * The AWS Bedrock AgentCore Runtime wire contract as data: container paths and port, header names,
 * the header forwarding rules, ping statuses and limits. JDK only, so every other module (the
 * container server, the local twin, clients) reads the same facts from one place.
 *
 * <p>Sources: the AgentCore Runtime service contract pages and the official Python SDK
 * ({@code bedrock_agentcore/runtime/models.py}), summarised in the project's contract reference.
 */
package dev.agentcore4j.contract;
