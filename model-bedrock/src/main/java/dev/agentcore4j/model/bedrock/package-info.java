/**
 * The Amazon Bedrock provider: {@link dev.agentcore4j.model.bedrock.BedrockModel} configured by
 * {@link dev.agentcore4j.model.bedrock.BedrockConfig}, over Converse and ConverseStream with the AWS
 * SDK for Java v2. See {@code docs/models.md}.
 */
package dev.agentcore4j.model.bedrock;
