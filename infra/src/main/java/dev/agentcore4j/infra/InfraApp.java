package dev.agentcore4j.infra;

import software.amazon.awscdk.App;

import java.util.Optional;

/**
 * The CDK app: {@code cdk synth}/{@code cdk deploy} run this {@code main} (see docs/deploy.md). Settings
 * come from CDK context ({@code -c agentName=my_agent -c imageTag=0.1.0 -c account=… -c region=…
 * -c keptImages=10 -c withRuntime=true}); account and region fall back to {@code CDK_DEFAULT_ACCOUNT}
 * and {@code CDK_DEFAULT_REGION}, which the CDK CLI sets from the current credentials.
 */
public final class InfraApp {

    private InfraApp() {
    }

    public static void main(String[] args) {
        App app = new App();
        AgentRuntimeSettings settings = settings(app);
        new AgentRuntimeStack(app, stackId(settings.agentName()), settings);
        app.synth();
    }

    /** Reads and checks every setting before the first construct is made. */
    static AgentRuntimeSettings settings(App app) {
        String agentName = context(app, "agentName").orElse(null);
        String imageTag = context(app, "imageTag").orElse("latest");
        String account = context(app, "account").or(() -> env("CDK_DEFAULT_ACCOUNT")).orElse(null);
        String region = context(app, "region").or(() -> env("CDK_DEFAULT_REGION")).orElse(null);
        String kept = context(app, "keptImages").orElse(String.valueOf(AgentRuntimeSettings.DEFAULT_KEPT_IMAGES));
        boolean withRuntime = !context(app, "withRuntime").orElse("true").equalsIgnoreCase("false");
        int keptImages;
        try {
            keptImages = Integer.parseInt(kept);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("keptImages '" + kept + "' is not a number: pass e.g. -c keptImages=10", e);
        }
        return new AgentRuntimeSettings(agentName, imageTag, account, region, keptImages, withRuntime);
    }

    /** {@code my_agent} → {@code AgentCore4J-my-agent}: stack names allow letters, digits and hyphens. */
    static String stackId(String agentName) {
        return "AgentCore4J-" + agentName.replace('_', '-');
    }

    private static Optional<String> context(App app, String key) {
        return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf).filter(s -> !s.isBlank());
    }

    private static Optional<String> env(String name) {
        return Optional.ofNullable(System.getenv(name)).filter(s -> !s.isBlank());
    }
}
