package dev.agentcore4j.contract;

/** The AgentCore exception shapes and their HTTP status codes (contract reference §2.9). */
public enum AwsErrorType {
    VALIDATION("ValidationException", 400),
    UNAUTHORIZED("UnauthorizedException", 401),
    SERVICE_QUOTA_EXCEEDED("ServiceQuotaExceededException", 402),
    ACCESS_DENIED("AccessDeniedException", 403),
    /** SigV4: the signature does not match the one computed with the secret key (AWS's auth layer). */
    INVALID_SIGNATURE("InvalidSignatureException", 403),
    /** SigV4: the access key id is unknown. */
    UNRECOGNIZED_CLIENT("UnrecognizedClientException", 403),
    /** SigV4 required but the request carries no {@code Authorization} header. */
    MISSING_AUTHENTICATION_TOKEN("MissingAuthenticationTokenException", 403),
    RESOURCE_NOT_FOUND("ResourceNotFoundException", 404),
    CONFLICT("ConflictException", 409),
    RETRYABLE_CONFLICT("RetryableConflictException", 409),
    RUNTIME_CLIENT_ERROR("RuntimeClientError", 424),
    THROTTLING("ThrottlingException", 429),
    INTERNAL_SERVER("InternalServerException", 500);

    private final String shape;
    private final int status;

    AwsErrorType(String shape, int status) {
        this.shape = shape;
        this.status = status;
    }

    /** The shape name sent in {@code x-amzn-ErrorType}. */
    public String shape() {
        return shape;
    }

    public int status() {
        return status;
    }
}
