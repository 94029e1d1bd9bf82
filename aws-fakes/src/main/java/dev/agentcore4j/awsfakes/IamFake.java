package dev.agentcore4j.awsfakes;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * AWS IAM (awsQuery, {@code Version=2010-05-08}) for roles and their inline policies: {@code GetRole},
 * {@code CreateRole}, {@code UpdateAssumeRolePolicy}, {@code PutRolePolicy}, {@code GetRolePolicy},
 * {@code ListRolePolicies}, {@code DeleteRolePolicy}, {@code DeleteRole}. Policy documents must be JSON
 * ({@code MalformedPolicyDocument} otherwise) and come back URL-encoded, as IAM returns them; errors are
 * IAM's: {@code NoSuchEntity} (404), {@code EntityAlreadyExists} and {@code DeleteConflict} (409).
 */
public final class IamFake implements AutoCloseable {

    static final String NAMESPACE = "https://iam.amazonaws.com/doc/2010-05-08/";
    private static final Pattern ROLE_NAME = Pattern.compile("[\\w+=,.@-]{1,64}");

    /**
     * A role as the test sees it, policy documents decoded.
     *
     * @param trustPolicy    the assume-role policy document (JSON text)
     * @param inlinePolicies policy name → document (JSON text), sorted by name
     */
    public record Role(String name, String arn, String id, String path, String description, Instant createdAt,
                       String trustPolicy, Map<String, String> inlinePolicies) {
    }

    private final String account;
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final FakeServer server;

    private IamFake(String account, CallLog log) {
        this.account = account;
        this.server = FakeServer.start(new Handler(log));
    }

    static IamFake start(String account, CallLog log) {
        return new IamFake(account, log);
    }

    public URI endpoint() {
        return server.endpoint();
    }

    public synchronized Optional<Role> role(String name) {
        return Optional.ofNullable(roles.get(name));
    }

    @Override
    public void close() {
        server.close();
    }

    private final class Handler extends QueryService {

        Handler(CallLog log) {
            super("iam", "2010-05-08", NAMESPACE, log);
        }

        @Override
        Optional<String> action(String action, Map<String, String> p) {
            synchronized (IamFake.this) {
                return switch (action) {
                    case "GetRole" -> Optional.of(xml(existing(p)));
                    case "CreateRole" -> Optional.of(xml(create(p)));
                    case "UpdateAssumeRolePolicy" -> {
                        Role r = existing(p);
                        put(with(r, json(required(p, "PolicyDocument")), r.inlinePolicies()));
                        yield Optional.empty();
                    }
                    case "PutRolePolicy" -> {
                        Role r = existing(p);
                        Map<String, String> policies = new TreeMap<>(r.inlinePolicies());
                        policies.put(required(p, "PolicyName"), json(required(p, "PolicyDocument")));
                        put(with(r, r.trustPolicy(), policies));
                        yield Optional.empty();
                    }
                    case "GetRolePolicy" -> {
                        Role r = existing(p);
                        String name = required(p, "PolicyName");
                        yield Optional.of(Xml.element("RoleName", r.name()) + Xml.element("PolicyName", name)
                                + Xml.element("PolicyDocument", encode(policy(r, name))));
                    }
                    case "ListRolePolicies" -> {
                        StringBuilder names = new StringBuilder("<PolicyNames>");
                        existing(p).inlinePolicies().keySet().forEach(n -> names.append(Xml.element("member", n)));
                        yield Optional.of(names.append("</PolicyNames><IsTruncated>false</IsTruncated>").toString());
                    }
                    case "DeleteRolePolicy" -> {
                        Role r = existing(p);
                        String name = required(p, "PolicyName");
                        policy(r, name);
                        Map<String, String> policies = new TreeMap<>(r.inlinePolicies());
                        policies.remove(name);
                        put(with(r, r.trustPolicy(), policies));
                        yield Optional.empty();
                    }
                    case "DeleteRole" -> {
                        Role r = existing(p);
                        if (!r.inlinePolicies().isEmpty()) {
                            throw new AwsError("DeleteConflict", 409, "Cannot delete entity, must delete policies first.");
                        }
                        roles.remove(r.name());
                        yield Optional.empty();
                    }
                    default -> throw new AwsError("InvalidAction", 400, "the IAM fake does not serve " + action);
                };
            }
        }

        private Role create(Map<String, String> p) {
            String name = required(p, "RoleName");
            if (!ROLE_NAME.matcher(name).matches()) {
                throw new AwsError("ValidationError", 400, "1 validation error detected: Value '" + name
                        + "' at 'roleName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\\w+=,.@-]+");
            }
            String trust = json(required(p, "AssumeRolePolicyDocument"));
            if (roles.containsKey(name)) {
                throw new AwsError("EntityAlreadyExists", 409, "Role with name " + name + " already exists.");
            }
            String path = p.getOrDefault("Path", "/");
            byte[] id = new byte[12];
            random.nextBytes(id);
            Role role = new Role(name, "arn:aws:iam::" + account + ":role" + path + name,
                    "AROA" + java.util.HexFormat.of().formatHex(id).toUpperCase(java.util.Locale.ROOT).substring(0, 17),
                    path, p.getOrDefault("Description", ""), Instant.now().truncatedTo(ChronoUnit.SECONDS), trust, Map.of());
            put(role);
            return role;
        }

        private Role existing(Map<String, String> p) {
            String name = required(p, "RoleName");
            Role role = roles.get(name);
            if (role == null) {
                throw new AwsError("NoSuchEntity", 404, "The role with name " + name + " cannot be found.");
            }
            return role;
        }

        private String policy(Role role, String name) {
            String document = role.inlinePolicies().get(name);
            if (document == null) {
                throw new AwsError("NoSuchEntity", 404, "The role policy with name " + name + " cannot be found.");
            }
            return document;
        }

        private void put(Role role) {
            roles.put(role.name(), role);
        }

        private Role with(Role r, String trust, Map<String, String> policies) {
            return new Role(r.name(), r.arn(), r.id(), r.path(), r.description(), r.createdAt(), trust,
                    java.util.Collections.unmodifiableMap(new TreeMap<>(policies)));
        }

        private String xml(Role r) {
            return "<Role>" + Xml.element("Path", r.path()) + Xml.element("RoleName", r.name()) + Xml.element("RoleId", r.id())
                    + Xml.element("Arn", r.arn()) + Xml.element("CreateDate", r.createdAt().toString())
                    + Xml.element("AssumeRolePolicyDocument", encode(r.trustPolicy()))
                    + (r.description().isEmpty() ? "" : Xml.element("Description", r.description()))
                    + Xml.element("MaxSessionDuration", "3600") + "</Role>";
        }
    }

    /** A policy document must parse as a JSON object, as IAM checks. */
    private static String json(String document) {
        try {
            if (!AwsJsonService.JSON.readTree(document).isObject()) {
                throw new java.io.IOException("not an object");
            }
            return document;
        } catch (java.io.IOException e) {
            throw new AwsError("MalformedPolicyDocument", 400, "This policy contains invalid Json");
        }
    }

    /** IAM returns policy documents percent-encoded (RFC 3986). */
    private static String encode(String document) {
        return URLEncoder.encode(document, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String decode(String encoded) {
        return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    }
}
