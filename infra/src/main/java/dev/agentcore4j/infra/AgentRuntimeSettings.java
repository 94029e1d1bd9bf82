package dev.agentcore4j.infra;

import dev.agentcore4j.contract.AgentMemoryName;
import dev.agentcore4j.contract.ControlPlaneContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the stack needs to know about one agent, checked before any construct exists: a name AgentCore
 * would reject (issue 7: the seed's hyphenated name failed only at deploy time) stops here with a fix.
 *
 * <pre>{@code
 * var settings = new AgentRuntimeSettings("my_agent", "0.1.0", "123456789012", "us-east-1", 10, true);
 * }</pre>
 *
 * @param agentName    the AgentCore runtime name, {@code [a-zA-Z][a-zA-Z0-9_]{0,47}}
 * @param imageTag     the tag of the agent image in the stack's ECR repository
 * @param account      the 12-digit AWS account id
 * @param region       the AWS region, e.g. {@code us-east-1}
 * @param keptImages   how many images the repository's lifecycle rule keeps (1 or more)
 * @param withRuntime  false to create only the repository and role (the runtime needs a pushed image)
 */
public record AgentRuntimeSettings(String agentName, String imageTag, String account, String region,
                                   int keptImages, boolean withRuntime) {

    private static final Pattern NAME = Pattern.compile(ControlPlaneContract.NAME_PATTERN);
    private static final Pattern ACCOUNT = Pattern.compile("[0-9]{12}");
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-[a-z]+)+-[0-9]");
    private static final Pattern TAG = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}");

    /** The images kept when nothing else is said. */
    public static final int DEFAULT_KEPT_IMAGES = 10;

    public AgentRuntimeSettings {
        List<String> problems = problems(agentName, imageTag, account, region, keptImages);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
    }

    /** The ECR repository name, as {@code ./ac4j launch} names it: {@code My_Agent} → {@code agentcore4j/my-agent}. */
    public String repositoryName() {
        return "agentcore4j/" + agentName.toLowerCase(Locale.ROOT).replaceAll("_+", "-").replaceAll("^-|-$", "");
    }

    /**
     * The agent's memory ({@link AgentMemoryName}): the name {@code ./ac4j launch} gives its {@code auto}
     * memory, so that launch finds the memory this stack made instead of making a second one.
     */
    public String memoryName() {
        return AgentMemoryName.of(agentName);
    }

    /** The ARN partition of the region: {@code aws}, {@code aws-us-gov} or {@code aws-cn}. */
    public String partition() {
        return dev.agentcore4j.contract.RuntimeRole.partition(region);
    }

    /** A name AgentCore accepts that stays close to {@code name}: {@code my-agent} → {@code my_agent}. */
    static String suggestName(String name) {
        String s = name.strip().replaceAll("[^a-zA-Z0-9_]", "_");
        if (s.isEmpty() || !(s.charAt(0) >= 'a' && s.charAt(0) <= 'z' || s.charAt(0) >= 'A' && s.charAt(0) <= 'Z')) {
            s = "agent_" + s;
        }
        return s.length() > 48 ? s.substring(0, 48) : s;
    }

    private static List<String> problems(String agentName, String imageTag, String account, String region, int keptImages) {
        List<String> problems = new ArrayList<>();
        if (agentName == null || agentName.isBlank()) {
            problems.add("agent name is missing: pass -c agentName=my_agent");
        } else if (!NAME.matcher(agentName).matches()) {
            problems.add("agent name '" + agentName + "' is not a valid AgentCore runtime name (" + ControlPlaneContract.NAME_PATTERN
                    + ": letters, digits and _, starting with a letter, at most 48): use " + suggestName(agentName));
        }
        if (imageTag == null || !TAG.matcher(imageTag).matches()) {
            problems.add("image tag '" + imageTag + "' is not a valid image tag: pass e.g. -c imageTag=0.1.0");
        }
        if (account == null || !ACCOUNT.matcher(account).matches()) {
            problems.add("account '" + account + "' is not a 12-digit AWS account id: pass -c account=123456789012"
                    + " or set CDK_DEFAULT_ACCOUNT");
        }
        if (region == null || !REGION.matcher(region).matches()) {
            problems.add("region '" + region + "' is not an AWS region: pass e.g. -c region=us-east-1 or set CDK_DEFAULT_REGION");
        }
        if (keptImages < 1) {
            problems.add("kept images " + keptImages + " must be at least 1: pass e.g. -c keptImages=" + DEFAULT_KEPT_IMAGES);
        }
        return problems;
    }
}
