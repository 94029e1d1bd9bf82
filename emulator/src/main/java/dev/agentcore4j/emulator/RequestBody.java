package dev.agentcore4j.emulator;

import com.sun.net.httpserver.HttpExchange;
import dev.agentcore4j.contract.DataPlaneContract;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;

/**
 * A request's body, streamed through by default and read into memory only when something needs
 * all of it (a control-plane document, or a SigV4 payload hash the client did not send).
 */
final class RequestBody {

    private final HttpExchange exchange;
    private byte[] bytes;

    RequestBody(HttpExchange exchange) {
        this.exchange = exchange;
    }

    boolean buffered() {
        return bytes != null;
    }

    /** The whole body (read once, at most the 100 MB payload limit). */
    byte[] bytes() {
        if (bytes == null) {
            try {
                bytes = exchange.getRequestBody().readNBytes((int) DataPlaneContract.MAX_PAYLOAD_BYTES + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (bytes.length > DataPlaneContract.MAX_PAYLOAD_BYTES) {
                throw TwinException.validation("payload", "Value at 'payload' failed to satisfy constraint: "
                        + "Member must have length less than or equal to " + DataPlaneContract.MAX_PAYLOAD_BYTES);
            }
        }
        return bytes;
    }

    String sha256() {
        return SigV4.sha256Hex(bytes());
    }

    /** The body for the agent: from memory if it was read, else streamed from the caller. */
    HttpRequest.BodyPublisher publisher(long length) {
        if (bytes != null) {
            return HttpRequest.BodyPublishers.ofByteArray(bytes);
        }
        return length == 0 ? HttpRequest.BodyPublishers.noBody()
                : length > 0 ? HttpRequest.BodyPublishers.fromPublisher(
                        HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody), length)
                : HttpRequest.BodyPublishers.ofInputStream(exchange::getRequestBody);
    }
}
