package dev.agentcore4j.container;

import dev.agentcore4j.agent.Message;
import dev.agentcore4j.agent.Role;
import dev.agentcore4j.memory.client.ActorId;
import dev.agentcore4j.memory.client.AgentMemory;
import dev.agentcore4j.memory.client.MemoryException;
import dev.agentcore4j.memory.client.Recall;
import dev.agentcore4j.memory.client.StoredMessage;
import dev.agentcore4j.memory.client.Turn;
import dev.agentcore4j.runtime.ClientError;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What memory does around one turn of a remembered session: restore the conversation (on the
 * session's first turn in this instance), recall the actor's records for the prompt, and record the
 * turn's messages. Memory never fails a turn: a failure is logged, streamed as a
 * {@code memory_warning} event and listed in the answer, and the turn goes on without it.
 */
final class MemoryTurn {

    private static final System.Logger LOG = System.getLogger(MemoryTurn.class.getName());

    private final AgentMemory memory;
    private final Session session;
    private final ActorId actor;
    private final TurnEvents out;
    private int restored;
    private Recall recall = Recall.none("");
    private boolean recorded;
    private final List<String> warnings = new ArrayList<>();

    /** @throws ClientError 409 when the session belongs to another actor */
    MemoryTurn(AgentMemory memory, Session session, ActorId actor, TurnEvents out) {
        if (session.actor().filter(bound -> !bound.equals(actor)).isPresent()) {
            throw new ClientError(409, "session " + session.id() + " belongs to another user's memory: "
                    + "start a new session id for this user");
        }
        session.bind(actor);
        this.memory = memory;
        this.session = session;
        this.actor = actor;
        this.out = out;
    }

    /** The conversation memory holds for this session (empty when new or when memory fails). */
    List<Message> restore() {
        try {
            List<StoredMessage> messages = memory.load(actor, session.id());
            restored = messages.size();
            for (StoredMessage stored : messages) {
                String text = stored.message().text();
                if (!text.isEmpty() && !stored.message().hasToolResult()) {
                    session.record(stored.message().role() == Role.USER ? "user" : "assistant", text, stored.at());
                }
            }
            if (restored > 0) {
                LOG.log(Level.INFO, () -> "session=" + session.id() + " actor=" + actor + " | restored " + restored + " messages from memory");
            }
            return messages.stream().map(StoredMessage::message).toList();
        } catch (MemoryException e) {
            warn("load", "the conversation so far could not be loaded from memory; this turn starts afresh", e);
            return List.of();
        }
    }

    /** Recalls the actor's records for the prompt and hands the agent the section to add to its system prompt. */
    void recall(String prompt) {
        try {
            recall = memory.recall(actor, prompt);
        } catch (MemoryException e) {
            recall = Recall.none(prompt);
            warn("recall", "long-term memory could not be searched for this turn", e);
        }
        session.recalled(recall.section());
        if (!recall.isEmpty()) {
            out.memory(AgentEvents.recall(recall, actor));
        }
    }

    /**
     * Records the prompt and the messages the turn added after it: in {@code conversation}
     * (the agent's, after the turn), everything after the last user prompt.
     */
    void record(String prompt, List<Message> conversation, Instant start) {
        List<Message> messages = new ArrayList<>();
        messages.add(Message.user(prompt));
        int last = -1;
        for (int i = conversation.size() - 1; i >= 0; i--) {
            Message m = conversation.get(i);
            if (m.role() == Role.USER && !m.hasToolResult()) {
                last = i;
                break;
            }
        }
        if (last >= 0) {
            messages.addAll(conversation.subList(last + 1, conversation.size()));
        }
        try {
            memory.record(actor, session.id(), new Turn(UUID.randomUUID().toString(), messages, start));
            recorded = true;
        } catch (MemoryException e) {
            warn("record", "this turn could not be recorded in memory; a new instance of this session will not remember it", e);
        }
    }

    /** What memory did in this turn, for the {@code finished} event and the JSON answer. */
    Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("memory_id", memory.describe());
        out.put("actor_id", actor.value());
        out.put("restored_messages", restored);
        out.put("recalled", AgentEvents.records(recall));
        out.put("recorded", recorded);
        out.put("warnings", List.copyOf(warnings));
        return out;
    }

    private void warn(String operation, String message, MemoryException e) {
        LOG.log(Level.WARNING, "session=" + session.id() + " actor=" + actor + " operation=" + operation + " | " + e.getMessage());
        warnings.add(message);
        out.memory(AgentEvents.memoryWarning(operation, message));
    }
}
