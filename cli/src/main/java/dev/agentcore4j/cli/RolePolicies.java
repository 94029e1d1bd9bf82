package dev.agentcore4j.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.agentcore4j.contract.RuntimeRole;
import java.io.IOException;

/**
 * The execution role's IAM documents as JSON, rendered from {@link RuntimeRole}, the same data the CDK
 * app ({@code infra}) builds its role from, so both deploy paths grant exactly the same.
 */
final class RolePolicies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RolePolicies() {
    }

    /** Trusted by AgentCore only when it acts for this account and its resources in the region. */
    static String trust(String region, String account) {
        ObjectNode document = JSON.createObjectNode().put("Version", RuntimeRole.POLICY_VERSION);
        ObjectNode statement = document.putArray("Statement").addObject().put("Effect", "Allow");
        statement.putObject("Principal").put("Service", RuntimeRole.SERVICE_PRINCIPAL);
        statement.put("Action", "sts:AssumeRole");
        ObjectNode condition = statement.putObject("Condition");
        RuntimeRole.trustConditions(RuntimeRole.partition(region), region, account)
                .forEach((operator, values) -> values.forEach(condition.putObject(operator)::put));
        return document.toString();
    }

    /** The inline policy {@value RuntimeRole#INLINE_POLICY_NAME}. */
    static String inline(String region, String account, String agentName, String repositoryArn) {
        ObjectNode document = JSON.createObjectNode().put("Version", RuntimeRole.POLICY_VERSION);
        ArrayNode statements = document.putArray("Statement");
        for (RuntimeRole.Statement s : RuntimeRole.statements(RuntimeRole.partition(region), region, account, agentName, repositoryArn)) {
            ObjectNode statement = statements.addObject().put("Sid", s.sid()).put("Effect", "Allow");
            s.actions().forEach(statement.putArray("Action")::add);
            s.resources().forEach(statement.putArray("Resource")::add);
        }
        return document.toString();
    }

    /** Whether two policy documents say the same, whitespace and member order aside. */
    static boolean same(String a, String b) {
        try {
            JsonNode left = JSON.readTree(a);
            return left != null && left.equals(JSON.readTree(b));
        } catch (IOException e) {
            return false;
        }
    }
}
