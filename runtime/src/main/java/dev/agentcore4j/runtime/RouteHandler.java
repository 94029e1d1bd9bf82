package dev.agentcore4j.runtime;

/**
 * Serves an extra route of the container server, beside the contract's {@code /invocations},
 * {@code /ping} and {@code /ws} (which cannot be replaced). Register it with
 * {@link RuntimeServer.Builder#route}.
 *
 * <p>Return {@link Reply#json}, {@link Reply#bytes} or {@link Reply#stream}. Throw
 * {@link ClientError} to answer a chosen status and message; any other exception is logged and
 * answered with a generic 500.
 *
 * <pre>{@code
 * RuntimeServer.builder().route("GET", "/sessions/{id}", request ->
 *         Reply.json(Map.of("session_id", request.pathParam("id"))));
 * }</pre>
 */
@FunctionalInterface
public interface RouteHandler {

    Reply handle(Request request) throws Exception;
}
