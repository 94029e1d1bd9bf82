package dev.agentcore4j.runtime;

/**
 * Produces the events of one streamed invocation, blocking, on the invocation's virtual thread.
 * Returning ends the stream; throwing after the first event ends it with one error event.
 */
@FunctionalInterface
public interface EventStream {

    void emit(EventSink sink) throws Exception;
}
