package dev.agentcore4j.memory.client;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Independent Memory calls at once, on virtual threads; every call is waited for, the first failure rethrown. */
final class Concurrently {

    private Concurrently() {
    }

    static void runAll(List<Runnable> calls) {
        if (calls.size() == 1) {
            calls.getFirst().run();
            return;
        }
        RuntimeException first = null;
        try (ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> futures = new ArrayList<>();
            calls.forEach(call -> futures.add(executor.submit(call)));
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException runtime ? runtime
                                : new MemoryException("a Memory call failed", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MemoryException("interrupted while calling Memory", e);
        }
        if (first != null) {
            throw first;
        }
    }
}
