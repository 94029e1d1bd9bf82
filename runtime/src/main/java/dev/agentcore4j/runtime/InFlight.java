package dev.agentcore4j.runtime;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Open invocations, so a stop can wait for them and then cancel what remains. */
final class InFlight {

    private final Set<InvocationCancellation> open = ConcurrentHashMap.newKeySet();

    Runnable track(InvocationCancellation cancellation) {
        open.add(cancellation);
        return () -> open.remove(cancellation);
    }

    boolean isEmpty() {
        return open.isEmpty();
    }

    void cancelAll() {
        open.forEach(InvocationCancellation::cancel);
    }
}
