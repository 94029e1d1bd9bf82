package dev.agentcore4j.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import software.amazon.awssdk.services.ecr.EcrClient;
import software.amazon.awssdk.services.ecr.model.ImageTagMutability;
import software.amazon.awssdk.services.ecr.model.Repository;
import software.amazon.awssdk.services.ecr.model.RepositoryAlreadyExistsException;
import software.amazon.awssdk.services.ecr.model.RepositoryNotFoundException;

/**
 * The agent's ECR repository ({@code agentcore4j/<name>}): found, or created with scan on push and the
 * CDK app's lifecycle rule (keep the last {@value #KEPT_IMAGES} images), never duplicated.
 *
 * @param name the repository name, e.g. {@code agentcore4j/my-agent}
 * @param arn  its ARN, which the execution role may pull from
 * @param uri  {@code <account>.dkr.ecr.<region>.amazonaws.com/<name>}, the runtime's image without the tag
 */
record EcrRepository(String name, String arn, String uri) {

    static final int KEPT_IMAGES = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    static EcrRepository ensure(EcrClient ecr, String name, PrintStream progress) {
        try {
            EcrRepository existing = of(ecr.describeRepositories(b -> b.repositoryNames(name)).repositories().getFirst());
            progress.printf("Using ECR repository %s%n", existing.uri());
            return existing;
        } catch (RepositoryNotFoundException missing) {
            progress.printf("Creating ECR repository %s (scan on push, keeps the last %d images) …%n", name, KEPT_IMAGES);
            Repository created;
            try {
                created = ecr.createRepository(b -> b.repositoryName(name).imageTagMutability(ImageTagMutability.MUTABLE)
                        .imageScanningConfiguration(s -> s.scanOnPush(true))).repository();
            } catch (RepositoryAlreadyExistsException race) {
                return of(ecr.describeRepositories(b -> b.repositoryNames(name)).repositories().getFirst());
            }
            ecr.putLifecyclePolicy(b -> b.repositoryName(name).lifecyclePolicyText(lifecyclePolicy()));
            return of(created);
        }
    }

    /** Deletes the repository and its images; false when there was none. */
    static boolean delete(EcrClient ecr, String name) {
        try {
            ecr.deleteRepository(b -> b.repositoryName(name).force(true));
            return true;
        } catch (RepositoryNotFoundException gone) {
            return false;
        }
    }

    /** The same rule as the CDK app's repository: expire all but the newest images. */
    static String lifecyclePolicy() {
        ObjectNode policy = JSON.createObjectNode();
        ObjectNode rule = policy.putArray("rules").addObject()
                .put("rulePriority", 1).put("description", "keep the last " + KEPT_IMAGES + " images");
        rule.putObject("selection").put("tagStatus", "any").put("countType", "imageCountMoreThan").put("countNumber", KEPT_IMAGES);
        rule.putObject("action").put("type", "expire");
        return policy.toString();
    }

    private static EcrRepository of(Repository repository) {
        return new EcrRepository(repository.repositoryName(), repository.repositoryArn(), repository.repositoryUri());
    }
}
