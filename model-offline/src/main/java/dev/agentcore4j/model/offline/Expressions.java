package dev.agentcore4j.model.offline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds an arithmetic expression in a prompt and writes it in calculator form: "123かける456は？"
 * becomes "123 * 456", "What is 15 times 23 plus 7?" becomes "15 * 23 + 7". Japanese and English
 * operator words and the signs × ÷ are normalised; full-width digits are folded by NFKC.
 */
final class Expressions {

    private static final String[][] OPERATOR_WORDS = {
            {"multiplied by", "*"}, {"divided by", "/"}, {"times", "*"}, {"plus", "+"}, {"minus", "-"},
            {"かける", "*"}, {"掛ける", "*"}, {"たす", "+"}, {"足す", "+"}, {"ひく", "-"}, {"引く", "-"},
            {"わる", "/"}, {"割る", "/"}, {"×", "*"}, {"÷", "/"}, {"x", "*"},
    };
    private static final Pattern EXPRESSION = Pattern.compile(
            "[(]*\\s*\\d+(?:\\.\\d+)?\\s*[)]*(?:\\s*[-+*/^%]\\s*[(]*\\s*\\d+(?:\\.\\d+)?\\s*[)]*)+");
    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|[-+*/^%()]");

    private Expressions() {
    }

    /** The first expression with at least one operator, formatted as "a * b + c". */
    static Optional<String> find(String prompt) {
        String text = normalise(prompt);
        Matcher m = EXPRESSION.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(format(m.group()));
    }

    static String normalise(String prompt) {
        String text = Normalizer.normalize(prompt, Normalizer.Form.NFKC).replace('−', '-');
        for (String[] word : OPERATOR_WORDS) {
            String w = word[0];
            // "x" only between digits ("3 x 4"), never inside words
            String regex = w.equals("x") ? "(?<=\\d)\\s*x\\s*(?=\\d)"
                    : w.chars().allMatch(c -> c < 128) ? "(?i)\\b" + Pattern.quote(w) + "\\b" : Pattern.quote(w);
            text = text.replaceAll(regex, " " + Matcher.quoteReplacement(word[1]) + " ");
        }
        return text;
    }

    private static String format(String expression) {
        var tokens = new ArrayList<String>();
        Matcher m = TOKEN.matcher(expression);
        while (m.find()) {
            tokens.add(m.group());
        }
        var sb = new StringBuilder();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            boolean glueLeft = t.equals(")") || i > 0 && tokens.get(i - 1).equals("(");
            if (i > 0 && !glueLeft) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }
}
