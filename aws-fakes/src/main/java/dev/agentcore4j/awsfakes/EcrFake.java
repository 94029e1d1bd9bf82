package dev.agentcore4j.awsfakes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Amazon ECR ({@code AmazonEC2ContainerRegistry_V20150921}, awsJson1_1) for one account and region:
 * repositories, their lifecycle policies and authorization tokens for the {@link RegistryFake} it
 * starts beside itself, which is where {@code GetAuthorizationToken}'s {@code proxyEndpoint} points.
 *
 * <p>Operations: {@code DescribeRepositories}, {@code CreateRepository}, {@code PutLifecyclePolicy},
 * {@code GetLifecyclePolicy}, {@code GetAuthorizationToken}, {@code DeleteRepository}. Errors as ECR
 * words them: {@code RepositoryNotFoundException}, {@code RepositoryAlreadyExistsException},
 * {@code RepositoryNotEmptyException}, {@code InvalidParameterException}.
 */
public final class EcrFake implements AutoCloseable {

    /** ECR's repository name pattern (2..256 characters). */
    static final Pattern NAME = Pattern.compile("(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*");
    static final Duration TOKEN_LIFETIME = Duration.ofHours(12);

    /** A repository as ECR describes it. */
    public record Repository(String name, String arn, String uri, Instant createdAt, boolean scanOnPush,
                             String tagMutability, Optional<String> lifecyclePolicy) {
    }

    private final String account;
    private final String region;
    private final Map<String, Repository> repositories = new LinkedHashMap<>();
    private final Set<String> passwords = new HashSet<>();
    private final SecureRandom random = new SecureRandom();
    private final RegistryFake registry;
    private final FakeServer server;

    private EcrFake(String account, String region, CallLog log) {
        this.account = account;
        this.region = region;
        this.registry = RegistryFake.start(new RegistryFake.Access() {
            @Override
            public boolean repositoryExists(String name) {
                return repository(name).isPresent();
            }

            @Override
            public boolean accepts(String password) {
                synchronized (passwords) {
                    return passwords.contains(password);
                }
            }

            @Override
            public String registryId() {
                return account;
            }
        }, log);
        this.server = FakeServer.start(new Handler(log));
    }

    static EcrFake start(String account, String region, CallLog log) {
        return new EcrFake(account, region, log);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    /** The registry the tokens are for; images pushed there land in this ECR's repositories. */
    public RegistryFake registry() {
        return registry;
    }

    /** The registry host ECR names in repository URIs: {@code <account>.dkr.ecr.<region>.amazonaws.com}. */
    public String registryHost() {
        return account + ".dkr.ecr." + region + ".amazonaws.com";
    }

    public synchronized Optional<Repository> repository(String name) {
        return Optional.ofNullable(repositories.get(name));
    }

    /** Creates a repository as if someone else had (a test's starting state). */
    public synchronized Repository createRepository(String name) {
        Repository repository = new Repository(name, "arn:aws:ecr:" + region + ":" + account + ":repository/" + name,
                registryHost() + "/" + name, Instant.now(), false, "MUTABLE", Optional.empty());
        repositories.put(name, repository);
        return repository;
    }

    @Override
    public void close() {
        server.close();
        registry.close();
    }

    private final class Handler extends AwsJsonService {

        Handler(CallLog log) {
            super("ecr", "AmazonEC2ContainerRegistry_V20150921", log);
        }

        @Override
        JsonNode operation(String operation, JsonNode request) {
            return switch (operation) {
                case "DescribeRepositories" -> describe(request);
                case "CreateRepository" -> create(request);
                case "PutLifecyclePolicy" -> putLifecyclePolicy(request);
                case "GetLifecyclePolicy" -> getLifecyclePolicy(request);
                case "GetAuthorizationToken" -> token();
                case "DeleteRepository" -> delete(request);
                default -> throw new AwsError("UnknownOperationException", 400, "the ECR fake does not serve " + operation);
            };
        }

        private JsonNode describe(JsonNode request) {
            ObjectNode out = JSON.createObjectNode();
            ArrayNode list = out.putArray("repositories");
            synchronized (EcrFake.this) {
                if (request.has("repositoryNames")) {
                    for (JsonNode name : request.get("repositoryNames")) {
                        list.add(json(existing(name.asText())));
                    }
                } else {
                    repositories.values().forEach(r -> list.add(json(r)));
                }
            }
            return out;
        }

        private JsonNode create(JsonNode request) {
            String name = required(request, "repositoryName");
            if (name.length() < 2 || name.length() > 256 || !NAME.matcher(name).matches()) {
                throw new AwsError("InvalidParameterException", 400, "Invalid parameter at 'repositoryName' failed to satisfy"
                        + " constraint: 'must satisfy regular expression '" + NAME.pattern() + "''");
            }
            synchronized (EcrFake.this) {
                if (repositories.containsKey(name)) {
                    throw new AwsError("RepositoryAlreadyExistsException", 400, "The repository with name '" + name
                            + "' already exists in the registry with id '" + account + "'");
                }
                Repository repository = new Repository(name, "arn:aws:ecr:" + region + ":" + account + ":repository/" + name,
                        registryHost() + "/" + name, Instant.now(),
                        request.path("imageScanningConfiguration").path("scanOnPush").asBoolean(false),
                        request.path("imageTagMutability").asText("MUTABLE"), Optional.empty());
                repositories.put(name, repository);
                ObjectNode out = JSON.createObjectNode();
                out.set("repository", json(repository));
                return out;
            }
        }

        private JsonNode putLifecyclePolicy(JsonNode request) {
            String name = required(request, "repositoryName");
            String text = required(request, "lifecyclePolicyText");
            try {
                JSON.readTree(text);
            } catch (java.io.IOException e) {
                throw new AwsError("InvalidParameterException", 400, "Invalid parameter at 'LifecyclePolicyText' failed to"
                        + " satisfy constraint: 'Lifecycle policy validation failure: could not parse JSON'");
            }
            synchronized (EcrFake.this) {
                Repository r = existing(name);
                repositories.put(name, new Repository(r.name(), r.arn(), r.uri(), r.createdAt(), r.scanOnPush(),
                        r.tagMutability(), Optional.of(text)));
            }
            return JSON.createObjectNode().put("registryId", account).put("repositoryName", name)
                    .put("lifecyclePolicyText", text);
        }

        private JsonNode getLifecyclePolicy(JsonNode request) {
            String name = required(request, "repositoryName");
            Repository r;
            synchronized (EcrFake.this) {
                r = existing(name);
            }
            String text = r.lifecyclePolicy().orElseThrow(() -> new AwsError("LifecyclePolicyNotFoundException", 400,
                    "Lifecycle policy does not exist for the repository with name '" + name
                            + "' in the registry with id '" + account + "'"));
            return JSON.createObjectNode().put("registryId", account).put("repositoryName", name)
                    .put("lifecyclePolicyText", text);
        }

        private JsonNode token() {
            byte[] secret = new byte[24];
            random.nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            synchronized (passwords) {
                passwords.add(password);
            }
            ObjectNode out = JSON.createObjectNode();
            out.putArray("authorizationData").addObject()
                    .put("authorizationToken", Base64.getEncoder().encodeToString(("AWS:" + password).getBytes(StandardCharsets.UTF_8)))
                    .put("expiresAt", epochSeconds(Instant.now().plus(TOKEN_LIFETIME)))
                    .put("proxyEndpoint", registry.endpoint().toString());
            return out;
        }

        private JsonNode delete(JsonNode request) {
            String name = required(request, "repositoryName");
            boolean force = request.path("force").asBoolean(false);
            synchronized (EcrFake.this) {
                Repository repository = existing(name);
                if (!force && registry.hasImages(name)) {
                    throw new AwsError("RepositoryNotEmptyException", 400, "The repository with name '" + name
                            + "' in registry with id '" + account + "' cannot be deleted because it still contains images");
                }
                repositories.remove(name);
                registry.deleteRepository(name);
                ObjectNode out = JSON.createObjectNode();
                out.set("repository", json(repository));
                return out;
            }
        }

        private Repository existing(String name) {
            Repository repository = repositories.get(name);
            if (repository == null) {
                throw new AwsError("RepositoryNotFoundException", 400, "The repository with name '" + name
                        + "' does not exist in the registry with id '" + account + "'");
            }
            return repository;
        }

        private ObjectNode json(Repository r) {
            ObjectNode node = JSON.createObjectNode()
                    .put("repositoryArn", r.arn()).put("registryId", account).put("repositoryName", r.name())
                    .put("repositoryUri", r.uri()).put("createdAt", epochSeconds(r.createdAt()))
                    .put("imageTagMutability", r.tagMutability());
            node.putObject("imageScanningConfiguration").put("scanOnPush", r.scanOnPush());
            node.putObject("encryptionConfiguration").put("encryptionType", "AES256");
            return node;
        }
    }
}
