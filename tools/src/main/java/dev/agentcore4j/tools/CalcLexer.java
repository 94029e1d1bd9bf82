package dev.agentcore4j.tools;

import dev.agentcore4j.tools.Calculator.Token;
import dev.agentcore4j.tools.Calculator.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a calculator expression into tokens. Full-width digits and operators (１２＋３), the
 * multiplication and division signs (× ÷), the Unicode minus (−) and {@code **} are normalised one
 * character at a time, so positions still point into the caller's text.
 */
final class CalcLexer {

    private CalcLexer() {
    }

    static List<Token> tokenize(String source) {
        String text = normalise(source);
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (isDigit(c) || (c == '.' && i + 1 < text.length() && isDigit(text.charAt(i + 1)))) {
                i = number(text, i);
                String literal = text.substring(start, i);
                double value = Double.parseDouble(literal);
                tokens.add(new Token(Kind.NUMBER, (char) 0, source.substring(start, i), start + 1,
                        Calculator.finite(value, "number '" + literal + "'")));
            } else if (Character.isLetter(c) || c == '_') {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new Token(Kind.NAME, (char) 0, source.substring(start, i), start + 1, 0));
            } else if (c == '*' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                i += 2;
                tokens.add(new Token(Kind.OPERATOR, '^', source.substring(start, i), start + 1, 0));
            } else if ("+-*/%^".indexOf(c) >= 0) {
                i++;
                tokens.add(new Token(Kind.OPERATOR, c, source.substring(start, i), start + 1, 0));
            } else if (c == '(' || c == ')' || c == ',') {
                i++;
                Kind kind = c == '(' ? Kind.LEFT_PAREN : c == ')' ? Kind.RIGHT_PAREN : Kind.COMMA;
                tokens.add(new Token(kind, c, source.substring(start, i), start + 1, 0));
            } else {
                String shown = new String(Character.toChars(source.codePointAt(start)));
                throw new ToolFailure("unexpected character '" + shown + "' at position " + (start + 1));
            }
        }
        tokens.add(new Token(Kind.END, (char) 0, "end of expression", text.length() + 1, 0));
        return tokens;
    }

    /** Digits, an optional fraction, and an exponent only when digits follow it (so "2e" is not a number). */
    private static int number(String text, int i) {
        while (i < text.length() && isDigit(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && text.charAt(i) == '.') {
            i++;
            while (i < text.length() && isDigit(text.charAt(i))) {
                i++;
            }
        }
        if (i < text.length() && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < text.length() && (text.charAt(j) == '+' || text.charAt(j) == '-')) {
                j++;
            }
            if (j < text.length() && isDigit(text.charAt(j))) {
                i = j;
                while (i < text.length() && isDigit(text.charAt(i))) {
                    i++;
                }
            }
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** One character in, one character out: positions survive normalisation. */
    static String normalise(String source) {
        var out = new StringBuilder(source.length());
        for (int i = 0; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                c = (char) (c - 0xFEE0); // full-width ASCII block → ASCII
            }
            out.append(switch (c) {
                case '×', '✕', '⋅', '·', '∗' -> '*';
                case '÷', '∕' -> '/';
                case '−', '–', '‐' -> '-';
                case '\u3000' -> ' ';
                default -> c;
            });
        }
        return out.toString();
    }
}
