/**
 * The bundled agent container: what {@code ./ac4j agent} and the container image run. It hosts an
 * agent per runtime session behind the AgentCore container contract.
 *
 * <pre>{@code
 * RuntimeServer server = AgentContainer.start(RuntimeConfig.defaults(), ContainerConfig.defaults());
 * }</pre>
 */
package dev.agentcore4j.container;
