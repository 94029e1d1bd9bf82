/**
 * Local stand-ins for the AWS services {@code ./ac4j launch --aws} calls, each a real HTTP server on
 * {@code 127.0.0.1} and a free port that speaks the service's own wire protocol, so the official AWS
 * SDK for Java v2 and Jib talk to them unchanged, and that records every request for assertions:
 *
 * <ul>
 *   <li>{@link EcrFake}: ECR (awsJson1_1), with the {@link RegistryFake} it hands out in
 *       {@code GetAuthorizationToken} (Docker Registry HTTP API v2, Basic auth with the ECR token);</li>
 *   <li>{@link IamFake}: IAM roles and inline policies (awsQuery, XML);</li>
 *   <li>{@link StsFake}: {@code GetCallerIdentity} (awsQuery, XML);</li>
 *   <li>{@link LogsFake}: CloudWatch Logs streams and events the test seeds (awsJson1_1).</li>
 * </ul>
 *
 * <p>Beside them, {@link OidcIssuerFake} is an OpenID identity provider (discovery document, JWKS,
 * RS256 tokens) for runtimes with a {@code customJWTAuthorizer}.
 *
 * <pre>{@code
 * try (AwsFakes aws = AwsFakes.start("210987654321", "eu-west-1")) {
 *     aws.endpointProperties().forEach(System::setProperty);   // aws.endpointUrlEcr=http://127.0.0.1:…
 *     ... run the code under test with the SDK's default endpoint resolution ...
 *     assertThat(aws.calls().operations()).containsExactly("sts:GetCallerIdentity", "ecr:DescribeRepositories", ...);
 * }
 * }</pre>
 *
 * <p>Requests must carry a SigV4 {@code Authorization} header (its credential scope is recorded,
 * the signature is not checked). Nothing here reaches the network beyond the loopback interface.
 */
package dev.agentcore4j.awsfakes;
