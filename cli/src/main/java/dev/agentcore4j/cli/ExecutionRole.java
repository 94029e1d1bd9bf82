package dev.agentcore4j.cli;

import dev.agentcore4j.contract.RuntimeRole;
import java.io.PrintStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EntityAlreadyExistsException;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import software.amazon.awssdk.services.iam.model.Role;

/**
 * The runtime's execution role {@code AgentCore4J-<name>}: created, or brought up to date (trust policy,
 * inline policy {@value RuntimeRole#INLINE_POLICY_NAME}), writing only what differs, so a second launch
 * changes nothing in IAM. The documents are {@link RolePolicies}'s, shared with the CDK app.
 */
final class ExecutionRole {

    static final String NAME_PREFIX = "AgentCore4J-";

    private ExecutionRole() {
    }

    /** {@code AgentCore4J-<runtime name>}: at most 60 characters, within IAM's 64. */
    static String roleName(String agentName) {
        return NAME_PREFIX + agentName;
    }

    /** The role's ARN, once it exists with the right trust and inline policy. */
    static String ensure(IamClient iam, AwsAccount account, String region, String agentName, EcrRepository repository,
                          PrintStream progress) {
        String name = roleName(agentName);
        String trust = RolePolicies.trust(region, account.id());
        String policy = RolePolicies.inline(region, account.id(), agentName, repository.arn());
        Optional<Role> existing = find(iam, name);
        Role role;
        if (existing.isEmpty()) {
            progress.printf("Creating IAM role %s (trusted by %s for account %s only) …%n", name, RuntimeRole.SERVICE_PRINCIPAL,
                    account.id());
            try {
                role = iam.createRole(b -> b.roleName(name).assumeRolePolicyDocument(trust)
                        .description("Execution role of the AgentCore runtime " + agentName + " (./ac4j launch --aws)")
                        .tags(t -> t.key("managed-by").value("agentcore4j"))).role();
            } catch (EntityAlreadyExistsException race) {
                role = iam.getRole(b -> b.roleName(name)).role();
            }
        } else {
            role = existing.get();
            if (RolePolicies.same(decode(role.assumeRolePolicyDocument()), trust)) {
                progress.printf("Using IAM role %s%n", role.arn());
            } else {
                progress.printf("Updating the trust policy of IAM role %s …%n", name);
                iam.updateAssumeRolePolicy(b -> b.roleName(name).policyDocument(trust));
            }
        }
        Optional<String> current = inlinePolicy(iam, name);
        if (current.isEmpty() || !RolePolicies.same(current.get(), policy)) {
            progress.printf("%s inline policy %s (ECR pull, logs, X-Ray, Bedrock models, workload identity) …%n",
                    current.isEmpty() ? "Putting" : "Updating", RuntimeRole.INLINE_POLICY_NAME);
            iam.putRolePolicy(b -> b.roleName(name).policyName(RuntimeRole.INLINE_POLICY_NAME).policyDocument(policy));
        }
        return role.arn();
    }

    /** Deletes the role's inline policies, then the role; false when there was no role. */
    static boolean delete(IamClient iam, String agentName, PrintStream progress) {
        String name = roleName(agentName);
        try {
            for (String policy : iam.listRolePoliciesPaginator(b -> b.roleName(name)).policyNames()) {
                iam.deleteRolePolicy(b -> b.roleName(name).policyName(policy));
                progress.printf("Deleted inline policy %s of %s%n", policy, name);
            }
            iam.deleteRole(b -> b.roleName(name));
            return true;
        } catch (NoSuchEntityException gone) {
            return false;
        }
    }

    private static Optional<Role> find(IamClient iam, String name) {
        try {
            return Optional.of(iam.getRole(b -> b.roleName(name)).role());
        } catch (NoSuchEntityException missing) {
            return Optional.empty();
        }
    }

    private static Optional<String> inlinePolicy(IamClient iam, String name) {
        try {
            return Optional.of(decode(iam.getRolePolicy(b -> b.roleName(name).policyName(RuntimeRole.INLINE_POLICY_NAME))
                    .policyDocument()));
        } catch (NoSuchEntityException missing) {
            return Optional.empty();
        }
    }

    /** IAM returns policy documents percent-encoded (RFC 3986). */
    private static String decode(String document) {
        return document == null ? "" : URLDecoder.decode(document, StandardCharsets.UTF_8);
    }
}
