package dev.agentcore4j.awsfakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Every request the fakes of one {@link AwsFakes} received, oldest first; safe to read while they serve. */
public final class CallLog {

    private final List<Call> calls = new CopyOnWriteArrayList<>();

    void add(Call call) {
        calls.add(call);
    }

    public List<Call> all() {
        return List.copyOf(calls);
    }

    /** {@code service:operation} of every call, e.g. {@code [sts:GetCallerIdentity, ecr:DescribeRepositories]}. */
    public List<String> operations() {
        return calls.stream().map(Call::name).toList();
    }

    /** The operations of one service, in order. */
    public List<String> operations(String service) {
        return calls.stream().filter(c -> c.service().equals(service)).map(Call::operation).toList();
    }

    /** Every call of {@code service:operation}. */
    public List<Call> of(String service, String operation) {
        return calls.stream().filter(c -> c.service().equals(service) && c.operation().equals(operation)).toList();
    }

    /** The one call of {@code service:operation}; fails when there is none or more than one. */
    public Call only(String service, String operation) {
        List<Call> matching = of(service, operation);
        if (matching.size() != 1) {
            throw new IllegalStateException("expected one " + service + ":" + operation + " call, got "
                    + matching.size() + " in " + operations());
        }
        return matching.getFirst();
    }

    public boolean isEmpty() {
        return calls.isEmpty();
    }

    public void clear() {
        calls.clear();
    }
}
