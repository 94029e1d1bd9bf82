package dev.agentcore4j.cli;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.sts.StsClient;
import software.amazon.awssdk.services.sts.model.GetCallerIdentityResponse;

/**
 * Who {@code launch --aws} acts as: STS {@code GetCallerIdentity}, the first AWS call, so missing or
 * expired credentials fail before anything is built or created.
 *
 * @param id     the 12-digit account id, used in ARNs, the repository URI and the role's trust conditions
 * @param caller the caller's ARN, e.g. the deploy role the workflow assumed
 */
record AwsAccount(String id, String caller) {

    static AwsAccount of(StsClient sts) {
        try {
            GetCallerIdentityResponse identity = sts.getCallerIdentity();
            return new AwsAccount(identity.account(), identity.arn());
        } catch (SdkClientException | AwsServiceException e) {
            throw new IllegalStateException("cannot tell which AWS account to deploy to (STS GetCallerIdentity: "
                    + e.getMessage() + "): configure credentials (AWS_PROFILE, aws configure, or the workflow's OIDC role)", e);
        }
    }
}
