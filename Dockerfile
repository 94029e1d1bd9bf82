# syntax=docker/dockerfile:1
# The agent image for AWS Bedrock AgentCore Runtime, which runs linux/arm64 images only.
# It is the same image the Jib build in image/ produces (dev.agentcore4j.image.ImageSpec), plus an
# AOT cache trained inside it; image/src/test/java/dev/agentcore4j/image/DockerfileTest.java keeps
# the two from drifting apart. Build (see docs/image.md):
#   docker buildx build --platform linux/arm64 -t agentcore4j-agent --load .

FROM --platform=linux/arm64 eclipse-temurin:25-jdk AS build
WORKDIR /src
COPY . .
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -DskipTests package -pl cli -am

FROM --platform=linux/arm64 eclipse-temurin:25-jre
ARG VERSION=dev
LABEL org.opencontainers.image.title="agentcore4j-agent" \
      org.opencontainers.image.version="${VERSION}"
WORKDIR /app
COPY --from=build /src/cli/target/lib/*.jar /app/lib/
ENV PORT=8080 \
    DOCKER_CONTAINER=1
# AOT cache (JEP 483, one-step creation JEP 514): a training run starts the agent, drives it with a
# short workload from a second JVM and exits. Same JVM flags, class path and jar files as the ENTRYPOINT, or the JVM
# refuses the cache at start-up and runs without it.
RUN java -XX:+UseSerialGC -Xms32m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+ExitOnOutOfMemoryError \
        -XX:AOTCacheOutput=/app/app.aot -cp '/app/lib/*' dev.agentcore4j.cli.Main agent --train
USER 1000:1000
EXPOSE 8080
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xms32m", "-Xmx256m", "-XX:TieredStopAtLevel=1", "-XX:+ExitOnOutOfMemoryError", "-XX:AOTCache=/app/app.aot", "-cp", "/app/lib/*", "dev.agentcore4j.cli.Main"]
CMD ["agent"]
