package dev.agentcore4j.model.bedrock;

import dev.agentcore4j.agent.ContextOverflowException;
import dev.agentcore4j.agent.ModelException;
import dev.agentcore4j.agent.ModelServerException;
import dev.agentcore4j.agent.ModelThrottledException;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.bedrockruntime.model.ModelStreamErrorException;
import software.amazon.awssdk.services.bedrockruntime.model.ThrottlingException;
import software.amazon.awssdk.services.bedrockruntime.model.ValidationException;

/**
 * Maps AWS SDK failures to the {@link ModelException} hierarchy: {@code ThrottlingException} (and any
 * 429) is throttling, a {@code ValidationException} saying the input is too long is a context
 * overflow, other service errors keep their HTTP status (5xx retryable), a mid-stream
 * {@code ModelStreamErrorException} is retryable, and client-side failures say what to fix.
 */
final class BedrockErrors {

    private static final System.Logger LOG = System.getLogger(BedrockErrors.class.getName());

    private BedrockErrors() {
    }

    static RuntimeException map(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof ModelStreamErrorException e) {
            return new ModelException("Bedrock failed mid-stream: " + message(e), true, e);
        }
        if (t instanceof ThrottlingException || (t instanceof AwsServiceException a && a.statusCode() == 429)) {
            return new ModelThrottledException("Bedrock is throttling requests: " + message((AwsServiceException) t), t);
        }
        if (t instanceof ValidationException e && isOverflow(message(e))) {
            return new ContextOverflowException("the conversation is too long for the model: " + message(e), e);
        }
        if (t instanceof AwsServiceException e) {
            String code = e.awsErrorDetails() == null ? "error" : e.awsErrorDetails().errorCode();
            return new ModelServerException(e.statusCode(), "Bedrock answered " + code + ": " + message(e), e);
        }
        if (t instanceof SdkClientException e && String.valueOf(e.getMessage()).contains("credentials")) {
            return new ModelException("no AWS credentials found for Bedrock: set AWS_PROFILE or AWS_ACCESS_KEY_ID and "
                    + "AWS_SECRET_ACCESS_KEY, or run with an IAM role", false, e);
        }
        LOG.log(System.Logger.Level.DEBUG, "Bedrock call failed", t);
        return new ModelException("the call to Bedrock failed", true, t);
    }

    private static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String message(AwsServiceException e) {
        String m = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
        if (m == null || m.isBlank()) {
            return "no details";
        }
        return m.length() <= 300 ? m : m.substring(0, 300) + "…";
    }

    private static boolean isOverflow(String message) {
        String lower = message.toLowerCase(Locale.ROOT);
        return lower.contains("too long") || lower.contains("context window") || lower.contains("too many tokens");
    }
}
