/**
 * Builds the agent container image (linux/arm64, as AgentCore Runtime requires) with Jib, without a
 * Docker daemon: to a Docker-format tar, to a registry such as ECR, or to a local Docker daemon.
 *
 * <pre>{@code
 * BuiltImage image = ContainerImages.build(
 *         ImageSpec.builder().jars(jarsInCliTargetLib).build(),
 *         ImageTarget.tar(Path.of("target/agent-image.tar"), "agentcore4j-agent:latest"));
 * }</pre>
 *
 * <p>The image runs {@code java <jvm flags> -cp /app/lib/* dev.agentcore4j.cli.Main} with the
 * command {@code agent}, the same as the repository's {@code Dockerfile}.
 */
package dev.agentcore4j.image;
