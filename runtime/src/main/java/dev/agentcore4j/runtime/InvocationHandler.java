package dev.agentcore4j.runtime;

/**
 * The agent's entry point: one call per {@code POST /invocations}, on its own virtual thread.
 *
 * <p>Return {@link Reply#json}, {@link Reply#stream} or {@link Reply#bytes}. Throw
 * {@link ClientError} to answer a chosen status and message; any other exception is logged and
 * answered with a generic 500.
 */
@FunctionalInterface
public interface InvocationHandler {

    Reply handle(Invocation invocation) throws Exception;
}
