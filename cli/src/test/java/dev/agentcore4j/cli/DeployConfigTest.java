package dev.agentcore4j.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeployConfigTest {

    @TempDir
    Path dir;

    private static DeployConfig config(String name, String region, String model, String auth, String url,
                                       List<String> clients, String network, int idle, int max) {
        return new DeployConfig(name, region, model, auth, url, clients, network, idle, max, "auto");
    }

    private static String problem(String name, String region, String model, String auth, String url,
                                  List<String> clients, String network, int idle, int max) {
        List<String> problems = DeployConfig.problems(name, region, model, auth, url, clients, network, idle, max);
        assertThat(problems).hasSize(1);
        return problems.getFirst();
    }

    @Test
    void defaults_are_valid_and_use_iam_public_and_the_offline_model() {
        DeployConfig config = DeployConfig.defaults("my_agent");
        assertThat(config.region()).isEqualTo("us-east-1");
        assertThat(config.auth()).isEqualTo("iam");
        assertThat(config.model()).isEqualTo("offline");
        assertThat(config.idleTimeout()).isLessThanOrEqualTo(config.maxLifetime());
    }

    @Test
    void a_hyphenated_name_is_rejected_with_the_underscored_name_to_use() {
        assertThat(problem("my-agent", "us-east-1", "offline", "iam", "", List.of(), "public", 900, 28800))
                .contains("name 'my-agent' is not a valid AgentCore runtime name").endsWith("use my_agent");
    }

    @Test
    void a_name_starting_with_a_digit_or_too_long_gets_a_valid_suggestion() {
        assertThat(DeployConfig.suggestName("1agent")).isEqualTo("agent_1agent");
        assertThat(DeployConfig.suggestName("a".repeat(60))).hasSize(48);
        assertThat(DeployConfig.suggestName("héllo wörld")).isEqualTo("h_llo_w_rld");
    }

    @Test
    void a_missing_name_says_to_pass_one() {
        assertThat(problem(null, "us-east-1", "offline", "iam", "", List.of(), "public", 900, 28800))
                .isEqualTo("name is missing: pass --name, e.g. --name my_agent");
    }

    @Test
    void a_malformed_region_is_rejected_with_an_example() {
        assertThat(problem("a", "US_EAST_1", "offline", "iam", "", List.of(), "public", 900, 28800))
                .isEqualTo("region 'US_EAST_1' is not an AWS region: use e.g. --region us-east-1");
        assertThat(DeployConfig.problems("a", "us-gov-west-1", "offline", "iam", "", List.of(), "public", 900, 28800)).isEmpty();
    }

    @Test
    void an_unknown_model_lists_the_known_ones() {
        assertThat(problem("a", "us-east-1", "gpt", "iam", "", List.of(), "public", 900, 28800))
                .isEqualTo("model 'gpt' is unknown: use one of offline, bedrock, openai, anthropic");
    }

    @Test
    void an_unknown_auth_mode_names_both_modes() {
        assertThat(problem("a", "us-east-1", "offline", "oauth", "", List.of(), "public", 900, 28800))
                .isEqualTo("auth 'oauth' is unknown: use --auth iam (SigV4) or --auth jwt (with --discovery-url)");
    }

    @Test
    void jwt_auth_needs_a_discovery_url_and_a_client() {
        assertThat(DeployConfig.problems("a", "us-east-1", "offline", "jwt", "", List.of(), "public", 900, 28800))
                .containsExactly("auth jwt needs --discovery-url ending in /.well-known/openid-configuration",
                        "auth jwt needs at least one --allowed-client (the client_id your tokens carry)");
        assertThat(problem("a", "us-east-1", "offline", "jwt", "https://idp/x", List.of("web"), "public", 900, 28800))
                .isEqualTo("auth jwt needs --discovery-url ending in /.well-known/openid-configuration, got 'https://idp/x'");
        assertThat(DeployConfig.problems("a", "us-east-1", "offline", "jwt",
                "https://idp.example/.well-known/openid-configuration", List.of("web"), "public", 900, 28800)).isEmpty();
    }

    @Test
    void jwt_settings_without_jwt_auth_are_rejected() {
        assertThat(problem("a", "us-east-1", "offline", "iam", "https://idp/.well-known/openid-configuration", List.of(),
                "public", 900, 28800)).isEqualTo("--discovery-url and --allowed-client apply to --auth jwt only: add --auth jwt or drop them");
    }

    @Test
    void a_network_mode_other_than_public_is_rejected() {
        assertThat(problem("a", "us-east-1", "offline", "iam", "", List.of(), "vpc", 900, 28800))
                .isEqualTo("network 'vpc' is not supported: use --network public (VPC mode is not supported yet)");
    }

    @Test
    void lifecycle_values_outside_60_to_28800_are_rejected_naming_the_option() {
        assertThat(problem("a", "us-east-1", "offline", "iam", "", List.of(), "public", 59, 28800))
                .isEqualTo("idle-timeout 59 s is out of range: use --idle-timeout between 60 and 28800 seconds");
        assertThat(DeployConfig.problems("a", "us-east-1", "offline", "iam", "", List.of(), "public", 900, 28801))
                .contains("max-lifetime 28801 s is out of range: use --max-lifetime between 60 and 28800 seconds");
    }

    @Test
    void an_idle_timeout_longer_than_the_max_lifetime_is_rejected() {
        assertThat(problem("a", "us-east-1", "offline", "iam", "", List.of(), "public", 600, 300))
                .isEqualTo("idle-timeout 600 s is longer than max-lifetime 300 s: lower --idle-timeout or raise --max-lifetime");
    }

    @Test
    void every_problem_is_reported_at_once() {
        assertThatThrownBy(() -> config("my-agent", "x", "offline", "iam", "", List.of(), "public", 10, 28800))
                .isInstanceOf(DeployConfigException.class)
                .hasMessageContaining("the deploy config has 3 problems")
                .hasMessageContaining("use my_agent").hasMessageContaining("--region us-east-1").hasMessageContaining("--idle-timeout");
    }

    @Test
    void the_config_file_round_trips_with_kebab_case_keys() throws Exception {
        Path file = dir.resolve(".ac4j/deploy.json");
        DeployConfig config = config("my_agent", "eu-west-1", "bedrock", "jwt",
                "https://idp.example/.well-known/openid-configuration", List.of("web"), "public", 120, 3600);
        DeployConfigFile.write(file, config);
        assertThat(Files.readString(file)).contains("\"idle-timeout\" : 120").contains("\"max-lifetime\" : 3600")
                .contains("\"discovery-url\"");
        assertThat(DeployConfigFile.read(file)).contains(config);
    }

    @Test
    void an_invalid_config_file_is_refused_with_how_to_fix_it() throws Exception {
        Path file = dir.resolve("deploy.json");
        Files.writeString(file, """
                {"name": "my-agent", "region": "us-east-1", "model": "offline", "auth": "iam", "network": "public",
                 "idle-timeout": 900, "max-lifetime": 28800}""");
        assertThatThrownBy(() -> DeployConfigFile.read(file))
                .hasMessageContaining("use my_agent").hasMessageContaining("./ac4j configure");
    }

    @Test
    void configure_refuses_an_invalid_name_before_writing_anything() {
        Path file = dir.resolve("deploy.json");
        int code = Main.commandLine().execute("configure", "--name", "my-agent", "--file", file.toString());
        assertThat(code).isNotZero();
        assertThat(file).doesNotExist();
    }

    @Test
    void configure_keeps_earlier_settings_when_an_option_is_not_given() {
        Path file = dir.resolve("deploy.json");
        assertThat(Main.commandLine().execute("configure", "--name", "my_agent", "--region", "eu-west-1",
                "--idle-timeout", "120", "--file", file.toString())).isZero();
        assertThat(Main.commandLine().execute("configure", "--model", "bedrock", "--file", file.toString())).isZero();
        assertThat(DeployConfigFile.read(file)).hasValueSatisfying(c -> {
            assertThat(c.name()).isEqualTo("my_agent");
            assertThat(c.region()).isEqualTo("eu-west-1");
            assertThat(c.idleTimeout()).isEqualTo(120);
            assertThat(c.model()).isEqualTo("bedrock");
        });
    }

    @Test
    void configure_without_a_file_reports_the_name_and_the_lifecycle_together() {
        var err = new java.io.StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setErr(new java.io.PrintWriter(err, true));
        assertThat(commandLine.execute("configure", "--name", "my-agent", "--idle-timeout", "30000",
                "--file", dir.resolve("deploy.json").toString())).isNotZero();
        assertThat(err.toString()).contains("3 problems").contains("use my_agent").contains("--idle-timeout between 60 and 28800");
    }

    @Test
    void memory_is_auto_none_or_a_memory_id_and_anything_else_names_the_three_choices() {
        assertThat(DeployConfig.defaults("my_agent").memory()).isEqualTo("auto");
        assertThat(DeployConfig.memoryProblem("auto")).isEmpty();
        assertThat(DeployConfig.memoryProblem("none")).isEmpty();
        assertThat(DeployConfig.memoryProblem("my_agent_memory-a1B2c3D4e5")).isEmpty();
        assertThat(DeployConfig.memoryProblem("ac4j_demo_memory-0123456789")).isEmpty();
        for (String bad : new String[] {"my_agent_memory", "my_agent_memory-short", "1abc-a1B2c3D4e5", "AUTO", "x-a1B2c3D4e!"}) {
            assertThat(DeployConfig.memoryProblem(bad)).as(bad).hasValueSatisfying(p -> assertThat(p)
                    .startsWith("memory '" + bad + "' is neither auto, none nor a memory id")
                    .contains("--memory auto").contains("--memory none"));
        }
        assertThatThrownBy(() -> new DeployConfig("a", "us-east-1", "offline", "iam", "", List.of(), "public", 900, 28800, "mem"))
                .isInstanceOf(DeployConfigException.class).hasMessageContaining("memory 'mem'");
    }

    @Test
    void the_auto_memory_is_named_after_the_agent_and_shortened_deterministically_to_48_characters() {
        assertThat(DeployConfig.defaults("my_agent").memoryName()).isEqualTo("my_agent_memory");
        assertThat(DeployConfig.defaults("a".repeat(41)).memoryName()).isEqualTo("a".repeat(41) + "_memory");
        String longName = DeployConfig.defaults("b".repeat(48)).memoryName();
        String otherLong = DeployConfig.defaults("b".repeat(47) + "c").memoryName();
        assertThat(longName).hasSize(48).startsWith("b".repeat(32) + "_").endsWith("_memory")
                .matches("[a-zA-Z][a-zA-Z0-9_]{0,47}").isEqualTo(DeployConfig.defaults("b".repeat(48)).memoryName());
        assertThat(otherLong).hasSize(48).isNotEqualTo(longName);
        assertThat(DeployConfig.defaults("a".repeat(42)).memoryName()).hasSize(48).endsWith("_memory");
    }

    @Test
    void an_old_config_file_without_memory_reads_as_auto_and_configure_sets_and_keeps_it() throws Exception {
        Path file = dir.resolve("deploy.json");
        Files.writeString(file, """
                {"name": "my_agent", "region": "us-east-1", "model": "offline", "auth": "iam", "network": "public",
                 "idle-timeout": 900, "max-lifetime": 28800}""");
        assertThat(DeployConfigFile.read(file)).hasValueSatisfying(c -> assertThat(c.memory()).isEqualTo("auto"));

        assertThat(Main.commandLine().execute("configure", "--memory", "None", "--file", file.toString())).isZero();
        assertThat(Files.readString(file)).contains("\"memory\" : \"none\"");
        assertThat(Main.commandLine().execute("configure", "--model", "bedrock", "--file", file.toString())).isZero();
        assertThat(DeployConfigFile.read(file)).hasValueSatisfying(c -> assertThat(c.memory()).isEqualTo("none"));
        assertThat(Main.commandLine().execute("configure", "--memory", "shared_memory-A1b2C3d4E5", "--file", file.toString())).isZero();
        assertThat(DeployConfigFile.read(file)).hasValueSatisfying(c -> {
            assertThat(c.memory()).isEqualTo("shared_memory-A1b2C3d4E5");
            assertThat(c.memoryIsId()).isTrue();
        });
    }

    @Test
    void configure_refuses_a_malformed_memory_id_and_keeps_the_file() throws Exception {
        Path file = dir.resolve("deploy.json");
        assertThat(Main.commandLine().execute("configure", "--name", "my_agent", "--file", file.toString())).isZero();
        String before = Files.readString(file);
        var err = new java.io.StringWriter();
        var commandLine = Main.commandLine();
        commandLine.setErr(new java.io.PrintWriter(err, true));
        assertThat(commandLine.execute("configure", "--memory", "my memory", "--file", file.toString())).isNotZero();
        assertThat(err.toString()).contains("memory 'my memory' is neither auto, none nor a memory id");
        assertThat(Files.readString(file)).isEqualTo(before);
    }
}
