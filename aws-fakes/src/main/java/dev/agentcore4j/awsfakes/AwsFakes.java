package dev.agentcore4j.awsfakes;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * ECR (with its registry), IAM, STS and CloudWatch Logs fakes for one account and region, sharing one
 * {@link CallLog}. Point the AWS SDK at them the standard way: {@link #endpointProperties()} as JVM
 * system properties, or {@link #endpointEnvironment()} for a child process.
 */
public final class AwsFakes implements AutoCloseable {

    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");

    private final CallLog calls = new CallLog();
    private final EcrFake ecr;
    private final IamFake iam;
    private final StsFake sts;
    private final LogsFake logs;

    private AwsFakes(String account, String region) {
        this.ecr = EcrFake.start(account, region, calls);
        this.iam = IamFake.start(account, calls);
        this.sts = StsFake.start(account, calls);
        this.logs = LogsFake.start(account, region, calls);
    }

    /**
     * Starts every fake on its own loopback port.
     *
     * @param account the 12-digit account id in ARNs and repository URIs
     * @param region  the region in ECR URIs and ARNs, e.g. {@code eu-west-1}
     */
    public static AwsFakes start(String account, String region) {
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            throw new IllegalArgumentException("account must be 12 digits, got '" + account + "'");
        }
        if (region == null || !REGION.matcher(region).matches()) {
            throw new IllegalArgumentException("region must look like eu-west-1, got '" + region + "'");
        }
        return new AwsFakes(account, region);
    }

    public CallLog calls() {
        return calls;
    }

    public EcrFake ecr() {
        return ecr;
    }

    public RegistryFake registry() {
        return ecr.registry();
    }

    public IamFake iam() {
        return iam;
    }

    public StsFake sts() {
        return sts;
    }

    public LogsFake logs() {
        return logs;
    }

    /** The SDK's per-service endpoint system properties ({@code aws.endpointUrlEcr} …) → the fakes. */
    public Map<String, String> endpointProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("aws.endpointUrlEcr", ecr.endpoint().toString());
        properties.put("aws.endpointUrlIam", iam.endpoint().toString());
        properties.put("aws.endpointUrlSts", sts.endpoint().toString());
        properties.put("aws.endpointUrlCloudWatchLogs", logs.endpoint().toString());
        return properties;
    }

    /** The same as environment variables ({@code AWS_ENDPOINT_URL_ECR} …), for a child process. */
    public Map<String, String> endpointEnvironment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("AWS_ENDPOINT_URL_ECR", ecr.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_IAM", iam.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_STS", sts.endpoint().toString());
        environment.put("AWS_ENDPOINT_URL_CLOUDWATCH_LOGS", logs.endpoint().toString());
        return environment;
    }

    @Override
    public void close() {
        logs.close();
        sts.close();
        iam.close();
        ecr.close();
    }
}
