package dev.agentcore4j.tools;

import dev.agentcore4j.tools.Calculator.Token;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/** The calculator's constants, functions and result formatting. Nothing outside these lists is callable. */
final class CalcFunctions {

    static final List<String> FUNCTIONS = List.of(
            "sqrt", "abs", "round", "floor", "ceil", "sin", "cos", "tan", "log", "ln", "log10", "exp", "min", "max", "pow");

    private CalcFunctions() {
    }

    static double constant(Token name) {
        return switch (name.lowerText()) {
            case "pi", "π" -> Math.PI;
            case "e" -> Math.E;
            default -> throw new ToolFailure(FUNCTIONS.contains(name.lowerText())
                    ? "function '" + name.text() + "' needs parentheses, at position " + name.position()
                    : "unknown name '" + name.text() + "' at position " + name.position() + " (constants: pi, e)");
        };
    }

    static double apply(Token name, List<Double> args) {
        String fn = name.lowerText();
        double result = switch (fn) {
            case "sqrt" -> {
                double x = one(name, args);
                if (x < 0) {
                    throw new ToolFailure("sqrt of a negative number (" + format(x) + ") at position " + name.position());
                }
                yield Math.sqrt(x);
            }
            case "abs" -> Math.abs(one(name, args));
            case "round" -> round(name, args);
            case "floor" -> Math.floor(one(name, args));
            case "ceil" -> Math.ceil(one(name, args));
            case "sin" -> snap(Math.sin(one(name, args)));
            case "cos" -> snap(Math.cos(one(name, args)));
            case "tan" -> snap(Math.tan(one(name, args)));
            case "log", "ln" -> Math.log(positive(name, one(name, args)));
            case "log10" -> Math.log10(positive(name, one(name, args)));
            case "exp" -> Math.exp(one(name, args));
            case "pow" -> {
                arity(name, args, 2, 2);
                yield Math.pow(args.get(0), args.get(1));
            }
            case "min" -> {
                arity(name, args, 1, Integer.MAX_VALUE);
                yield args.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            }
            case "max" -> {
                arity(name, args, 1, Integer.MAX_VALUE);
                yield args.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            }
            default -> throw new ToolFailure("unknown function '" + name.text() + "' at position " + name.position()
                    + " (known: " + String.join(", ", FUNCTIONS) + ")");
        };
        return Calculator.finite(result, fn + " at position " + name.position());
    }

    /** round(x) to an integer (halves away from zero), or round(x, digits) with 0..15 digits. */
    private static double round(Token name, List<Double> args) {
        arity(name, args, 1, 2);
        int digits = 0;
        if (args.size() == 2) {
            double d = args.get(1);
            if (d != Math.rint(d) || d < 0 || d > 15) {
                throw new ToolFailure("round digits must be a whole number from 0 to 15, at position " + name.position());
            }
            digits = (int) d;
        }
        return new BigDecimal(args.get(0)).setScale(digits, RoundingMode.HALF_UP).doubleValue();
    }

    /** sin(pi) is 1.2e-16 in doubles; a value that small from a trig function is rounding noise. */
    private static double snap(double x) {
        return Math.abs(x) < 1e-15 ? 0 : x;
    }

    private static double one(Token name, List<Double> args) {
        arity(name, args, 1, 1);
        return args.getFirst();
    }

    private static double positive(Token name, double x) {
        if (x <= 0) {
            throw new ToolFailure(name.lowerText() + " of a non-positive number (" + format(x) + ") at position " + name.position());
        }
        return x;
    }

    private static void arity(Token name, List<Double> args, int min, int max) {
        if (args.size() < min || args.size() > max) {
            String expected = min == max ? String.valueOf(min) : max == Integer.MAX_VALUE ? "at least " + min : min + " or " + max;
            throw new ToolFailure("function '" + name.text() + "' takes " + expected + " argument" + (expected.equals("1") ? "" : "s")
                    + ", got " + args.size() + " (at position " + name.position() + ")");
        }
    }

    /**
     * Formats without floating-point noise: ten decimal places at most, trailing zeros dropped
     * (15*23+7 → 352, 1/3 → 0.3333333333, 0.1+0.2 → 0.3). Whole numbers below 1e21 print in
     * full; other very large or very small magnitudes use 12 significant digits in scientific notation.
     */
    static String format(double value) {
        if (value == 0) {
            return "0";
        }
        double magnitude = Math.abs(value);
        BigDecimal exact = new BigDecimal(value);
        if (value == Math.rint(value) && magnitude < 1e21) {
            return exact.toPlainString(); // whole numbers print in full, like 2^60
        }
        if (magnitude >= 1e15 || magnitude < 1e-10) {
            return exact.round(new MathContext(12, RoundingMode.HALF_EVEN)).stripTrailingZeros().toString();
        }
        BigDecimal rounded = exact.setScale(10, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }

    /** The formatted value as a JSON-friendly number: a Long when whole, otherwise the rounded double. */
    static Number asNumber(String formatted) {
        BigDecimal decimal = new BigDecimal(formatted);
        if (decimal.scale() <= 0 && decimal.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
            return decimal.longValueExact();
        }
        return decimal.doubleValue();
    }
}
