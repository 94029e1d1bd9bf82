package dev.agentcore4j.tools;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A safe arithmetic evaluator: a tokenizer plus a recursive-descent parser that evaluates as it
 * parses. No scripting engine, no reflection; only the operators and functions listed here exist.
 *
 * <pre>
 * expression := term (('+' | '-') term)*
 * term       := unary (('*' | '/' | '%') unary)*
 * unary      := ('-' | '+') unary | power
 * power      := primary ('^' unary)?          right-associative; -2^2 = -4, 2^-1 = 0.5
 * primary    := number | constant | function '(' expression (',' expression)* ')' | '(' expression ')'
 * </pre>
 * Positions in error messages are 1-based character positions in the caller's text.
 */
final class Calculator {

    static final int MAX_LENGTH = 500;
    static final int MAX_DEPTH = 64;

    private final List<Token> tokens;
    private int index;
    private int depth;

    private Calculator(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** Evaluates {@code expression}; throws {@link ToolFailure} with a positioned message on any error. */
    static double evaluate(String expression) {
        if (expression.isBlank()) {
            throw new ToolFailure("expression is empty");
        }
        if (expression.length() > MAX_LENGTH) {
            throw new ToolFailure("expression is too long (" + expression.length() + " characters, at most " + MAX_LENGTH + ")");
        }
        var parser = new Calculator(CalcLexer.tokenize(expression));
        double value = parser.expression();
        Token trailing = parser.peek();
        if (trailing.kind() != Token.Kind.END) {
            throw parser.unexpected(trailing);
        }
        return finite(value, "result");
    }

    private double expression() {
        enter();
        double value = term();
        while (true) {
            if (accept('+')) {
                value = value + term();
            } else if (accept('-')) {
                value = value - term();
            } else {
                leave();
                return value;
            }
        }
    }

    private double term() {
        double value = unary();
        while (true) {
            Token op = peek();
            if (accept('*')) {
                value = value * unary();
            } else if (accept('/')) {
                double divisor = unary();
                if (divisor == 0) {
                    throw new ToolFailure("division by zero at position " + op.position());
                }
                value = value / divisor;
            } else if (accept('%')) {
                double divisor = unary();
                if (divisor == 0) {
                    throw new ToolFailure("modulo by zero at position " + op.position());
                }
                value = value % divisor;
            } else {
                return value;
            }
        }
    }

    private double unary() {
        enter();
        double value;
        if (accept('-')) {
            value = -unary();
        } else if (accept('+')) {
            value = unary();
        } else {
            value = power();
        }
        leave();
        return value;
    }

    private double power() {
        double base = primary();
        Token op = peek();
        if (accept('^')) {
            double exponent = unary();
            return finite(Math.pow(base, exponent), "'^' at position " + op.position());
        }
        return base;
    }

    private double primary() {
        Token token = next();
        return switch (token.kind()) {
            case NUMBER -> token.number();
            case LEFT_PAREN -> {
                double inner = expression();
                expect(')', token);
                yield inner;
            }
            case NAME -> peek().kind() == Token.Kind.LEFT_PAREN ? call(token) : CalcFunctions.constant(token);
            case END -> throw new ToolFailure("unexpected end of expression at position " + token.position());
            default -> throw unexpected(token);
        };
    }

    private double call(Token name) {
        next(); // '('
        List<Double> args = new ArrayList<>();
        if (!accept(')')) {
            do {
                args.add(expression());
            } while (accept(','));
            expect(')', name);
        }
        return CalcFunctions.apply(name, args);
    }

    private void expect(char symbol, Token opener) {
        Token token = peek();
        if (token.kind() == Token.Kind.END) {
            throw new ToolFailure("missing '" + symbol + "' for '" + opener.text() + "' at position " + opener.position());
        }
        if (!accept(symbol)) {
            throw unexpected(token);
        }
    }

    private boolean accept(char symbol) {
        Token token = peek();
        if (token.symbol() == symbol) {
            index++;
            return true;
        }
        return false;
    }

    private Token peek() {
        return tokens.get(index);
    }

    private Token next() {
        Token token = tokens.get(index);
        if (token.kind() != Token.Kind.END) {
            index++;
        }
        return token;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ToolFailure("expression is nested too deeply (more than " + MAX_DEPTH + " levels)");
        }
    }

    private void leave() {
        depth--;
    }

    private ToolFailure unexpected(Token token) {
        return new ToolFailure("unexpected '" + token.text() + "' at position " + token.position());
    }

    static double finite(double value, String what) {
        if (Double.isNaN(value)) {
            throw new ToolFailure(what + " is not a real number");
        }
        if (Double.isInfinite(value)) {
            throw new ToolFailure(what + " is too large");
        }
        return value;
    }

    /**
     * A token: its kind, its normalised symbol (operators, parentheses, comma; otherwise 0), its text
     * as the caller wrote it, its 1-based position, and its value for numbers.
     */
    record Token(Kind kind, char symbol, String text, int position, double number) {
        enum Kind { NUMBER, NAME, OPERATOR, LEFT_PAREN, RIGHT_PAREN, COMMA, END }

        String lowerText() {
            return text.toLowerCase(Locale.ROOT);
        }
    }
}
