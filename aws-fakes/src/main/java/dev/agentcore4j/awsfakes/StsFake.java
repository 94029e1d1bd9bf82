package dev.agentcore4j.awsfakes;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * AWS STS (awsQuery, {@code Version=2011-06-15}) answering {@code GetCallerIdentity} with the fakes'
 * account, as a deploy role assumed through OIDC would see it.
 */
public final class StsFake implements AutoCloseable {

    static final String NAMESPACE = "https://sts.amazonaws.com/doc/2011-06-15/";

    private final String account;
    private final FakeServer server;

    private StsFake(String account, CallLog log) {
        this.account = account;
        this.server = FakeServer.start(new QueryService("sts", "2011-06-15", NAMESPACE, log) {
            @Override
            Optional<String> action(String action, Map<String, String> parameters) {
                if (!action.equals("GetCallerIdentity")) {
                    throw new AwsError("InvalidAction", 400, "the STS fake serves GetCallerIdentity only, not " + action);
                }
                return Optional.of(Xml.element("Arn", callerArn()) + Xml.element("UserId", "AROAFAKEDEPLOYROLE:ac4j-deploy")
                        + Xml.element("Account", account));
            }
        });
    }

    static StsFake start(String account, CallLog log) {
        return new StsFake(account, log);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** The caller: an assumed deploy role. */
    public String callerArn() {
        return "arn:aws:sts::" + account + ":assumed-role/AgentCore4JDeploy/ac4j-deploy";
    }

    @Override
    public void close() {
        server.close();
    }
}
