package dev.agentcore4j.model.bedrock;

import dev.agentcore4j.agent.Model;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

/**
 * A {@link Model} over Amazon Bedrock Converse / ConverseStream through the AWS SDK for Java v2:
 * tool use with JSON schemas, prompt caching points, reasoning content with signatures, stop
 * reasons and usage. The SDK's own retries are off: wrap the model in
 * {@link dev.agentcore4j.agent.RetryingModel} where retries are wanted. Close it to release the
 * SDK client's connections.
 *
 * <pre>{@code
 * try (BedrockModel bedrock = BedrockModel.create(BedrockConfig.fromEnvironment(System.getenv()))) {
 *     Agent agent = Agent.builder().model(RetryingModel.wrap(bedrock)).build();
 * }
 * }</pre>
 */
public interface BedrockModel extends Model, AutoCloseable {

    BedrockConfig config();

    /** Closes the SDK client. */
    @Override
    void close();

    /** A model using the AWS SDK's default credentials chain (environment, profile, container or instance role). */
    static BedrockModel create(BedrockConfig config) {
        return create(config, DefaultCredentialsProvider.builder().build());
    }

    /** A model using the given credentials, e.g. {@code ProfileCredentialsProvider.create("dev")}. */
    static BedrockModel create(BedrockConfig config, AwsCredentialsProvider credentials) {
        return new ConverseModel(config, credentials);
    }
}
