package dev.agentcore4j.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderForwardingTest {

    @ParameterizedTest(name = "{0} forwardable={1}")
    @CsvSource({
        "X-Other-Header, true",
        "X-Authorization, true",
        "x-api-key, true",
        "Authorization, true",
        "authorization, true",
        "X-Amzn-Bedrock-AgentCore-Runtime-Custom-Foo, true",
        "x-amzn-bedrock-agentcore-runtime-custom-, true",
        "X-Amzn-Bedrock-AgentCore-Runtime-Custom, false",
        "X-Amzn-Bedrock-AgentCore-Runtime-Custo, false",
        "PrefixX-Amzn-Bedrock-AgentCore-Runtime-Custom-Foo, true",
        "X-Amzn-Bedrock-AgentCore-Runtime-Session-Id, false",
        "X-Amzn-Bedrock-AgentCore-Runtime-Request-Id, false",
        "X-Amz-Bedrock-AgentCore-Identity-WAT, true",
        "x-amz-bedrock-agentcore-identity-wat, true",
        "X-Amz-Date, false",
        "X-Amz-Security-Token, false",
        "x-amz-content-sha256, false",
        "Proxy-Authorization, false",
        "Content-Type, false",
        "accept, false",
        "Cache-Control, false",
        "Sec-WebSocket-Key, false",
    })
    void follows_the_python_sdk_forwarding_truth_table(String name, boolean forwardable) {
        assertThat(HeaderForwarding.isForwardable(name)).isEqualTo(forwardable);
    }
}
