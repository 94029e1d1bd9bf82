package dev.agentcore4j.model.testkit;

import java.io.IOException;

/**
 * Renders a {@link ScriptedReply} in one provider's real wire format. Each provider's test supplies
 * one; the {@link ProviderServer} calls it for every request.
 */
@FunctionalInterface
public interface WireFormat {

    /**
     * Answers {@code request} with {@code reply}. For a {@link ScriptedReply.Stall} write the start of
     * the turn and then call {@link ReplyChannel#holdOpen()}.
     */
    void write(ScriptedReply reply, RecordedRequest request, ReplyChannel channel) throws IOException;
}
