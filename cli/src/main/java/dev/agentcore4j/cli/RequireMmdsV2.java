package dev.agentcore4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.SdkHttpRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.CreateAgentRuntimeRequest;
import software.amazon.awssdk.services.bedrockagentcorecontrol.model.UpdateAgentRuntimeRequest;

/**
 * Adds {@code "metadataConfiguration": {"requireMMDSV2": true}} to CreateAgentRuntime and
 * UpdateAgentRuntime. Since 2026-06-30 AgentCore refuses invocations of runtimes without it ("This
 * runtime is not MMDSv2-enabled"), but the SDK 2.40.2 model (the newest whose AgentCore clients resolve
 * here) predates the member, so it is added to the JSON body before signing. A body that already has
 * the member is left alone.
 */
final class RequireMmdsV2 implements ExecutionInterceptor {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        return body(context).map(bytes -> context.httpRequest().toBuilder()
                .putHeader("Content-Length", Integer.toString(bytes.length)).build()).orElse(context.httpRequest());
    }

    @Override
    public Optional<RequestBody> modifyHttpContent(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        Optional<byte[]> body = body(context);
        return body.isPresent() ? body.map(RequestBody::fromBytes) : context.requestBody();
    }

    /** The rewritten body, or empty when this request is not one to change. */
    private static Optional<byte[]> body(Context.ModifyHttpRequest context) {
        boolean runtimeSpec = context.request() instanceof CreateAgentRuntimeRequest
                || context.request() instanceof UpdateAgentRuntimeRequest;
        if (!runtimeSpec || context.requestBody().isEmpty()) {
            return Optional.empty();
        }
        try (InputStream in = context.requestBody().get().contentStreamProvider().newStream()) {
            ObjectNode json = (ObjectNode) JSON.readTree(in);
            if (json.has("metadataConfiguration")) {
                return Optional.empty();
            }
            json.putObject("metadataConfiguration").put("requireMMDSV2", true);
            return Optional.of(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot add metadataConfiguration to the request: " + e.getMessage(), e);
        }
    }
}
