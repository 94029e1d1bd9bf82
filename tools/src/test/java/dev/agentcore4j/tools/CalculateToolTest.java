package dev.agentcore4j.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CalculateToolTest {

    private final ToolCalls tools = ToolCalls.of(ToolsConfig.defaults().dataDir(Path.of("unused")));

    private String calc(String expression) {
        return (String) tools.ok("calculate", Map.of("expression", expression)).get("formatted");
    }

    private String fails(String expression) {
        return tools.error("calculate", Map.of("expression", expression));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
            "15*23+7 | 352",
            "1/3 | 0.3333333333",
            "2/3 | 0.6666666667",
            "0.1+0.2 | 0.3",
            "2+3*4 | 14",
            "(2+3)*4 | 20",
            "2^3^2 | 512",
            "-2^2 | -4",
            "2^-1 | 0.5",
            "--3 | 3",
            "10 % 3 | 1",
            "-7 % 3 | -1",
            "8 - 3 - 2 | 3",
            "100 / 10 / 5 | 2",
            "sqrt(16) + abs(-3) | 7",
            "round(2.5) + floor(2.7) + ceil(2.1) | 8",
            "round(3.14159, 2) | 3.14",
            "sin(pi) | 0",
            "cos(0) | 1",
            "tan(0) | 0",
            "log(e) | 1",
            "log10(1000) | 3",
            "exp(0) | 1",
            "min(4, 2, 8) + max(1, 9) | 11",
            "pow(2, 10) | 1024",
            "2 ** 8 | 256",
            "1e3 + .5 | 1000.5",
            "PI | 3.1415926536",
            "１５×２３＋７ | 352",
            "１０÷４ | 2.5",
            "（１＋２）＊３ | 9",
            "6 − 1 | 5",
            "2^60 | 1152921504606846976",
            "1e20 | 100000000000000000000",
            "1e25 | 1E+25",
            "2^0.5 | 1.4142135624",
            "1e-12 | 1E-12",
    })
    void evaluates_expressions_with_conventional_precedence_and_clean_formatting(String expression, String expected) {
        assertThat(calc(expression)).isEqualTo(expected);
    }

    @Test
    void result_is_a_whole_number_when_the_value_is_whole_and_echoes_the_expression() {
        Map<String, Object> result = tools.ok("calculate", Map.of("expression", "15*23+7"));
        assertThat(result).containsEntry("expression", "15*23+7").containsEntry("result", 352L);
        assertThat(tools.ok("calculate", Map.of("expression", "1/4"))).containsEntry("result", 0.25);
    }

    @Test
    void reports_the_position_of_an_unexpected_token() {
        assertThat(fails("1 + 2 )")).isEqualTo("unexpected ')' at position 7");
        assertThat(fails("2 * * 3")).isEqualTo("unexpected '*' at position 5");
        assertThat(fails("2e")).isEqualTo("unexpected 'e' at position 2");
        assertThat(fails("3 4")).isEqualTo("unexpected '4' at position 3");
    }

    @Test
    void reports_unbalanced_parentheses_and_a_premature_end() {
        assertThat(fails("(1 + 2")).isEqualTo("missing ')' for '(' at position 1");
        assertThat(fails("2 +")).isEqualTo("unexpected end of expression at position 4");
        assertThat(fails("max(1, 2")).isEqualTo("missing ')' for 'max' at position 1");
    }

    @Test
    void refuses_division_and_modulo_by_zero() {
        assertThat(fails("1/0")).isEqualTo("division by zero at position 2");
        assertThat(fails("5 % (2-2)")).isEqualTo("modulo by zero at position 3");
    }

    @Test
    void names_unknown_functions_characters_and_constants() {
        assertThat(fails("foo(1)")).startsWith("unknown function 'foo' at position 1");
        assertThat(fails("x + 1")).startsWith("unknown name 'x' at position 1");
        assertThat(fails("sqrt")).isEqualTo("function 'sqrt' needs parentheses, at position 1");
        assertThat(fails("1 @ 2")).isEqualTo("unexpected character '@' at position 3");
        assertThat(fails("import java")).startsWith("unknown name 'import'");
    }

    @Test
    void checks_function_arity_and_domain() {
        assertThat(fails("sqrt(1, 2)")).isEqualTo("function 'sqrt' takes 1 argument, got 2 (at position 1)");
        assertThat(fails("pow(2)")).isEqualTo("function 'pow' takes 2 arguments, got 1 (at position 1)");
        assertThat(fails("sqrt(-1)")).startsWith("sqrt of a negative number (-1)");
        assertThat(fails("log(0)")).startsWith("log of a non-positive number (0)");
        assertThat(fails("round(1.5, 0.5)")).startsWith("round digits must be a whole number");
    }

    @Test
    void refuses_results_that_overflow() {
        assertThat(fails("2^1024")).isEqualTo("'^' at position 2 is too large");
        assertThat(fails("exp(1000)")).isEqualTo("exp at position 1 is too large");
    }

    @Test
    void limits_expression_length_and_nesting_depth() {
        assertThat(fails("1+".repeat(250) + "1")).startsWith("expression is too long (501 characters, at most 500)");
        assertThat(fails("(".repeat(100) + "1" + ")".repeat(100))).startsWith("expression is nested too deeply");
        assertThat(fails("-".repeat(200) + "1")).startsWith("expression is nested too deeply");
        assertThat(calc("(".repeat(30) + "1" + ")".repeat(30))).isEqualTo("1");
    }

    @Test
    void requires_an_expression() {
        assertThat(tools.error("calculate", Map.of())).isEqualTo("argument 'expression' is required");
        assertThat(fails("   ")).isEqualTo("argument 'expression' is required");
        assertThat(tools.error("calculate", Map.of("expression", 42))).isEqualTo("argument 'expression' must be a string");
    }
}
