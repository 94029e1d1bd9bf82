package dev.agentcore4j.awsfakes;

/** The little XML the query-protocol fakes write: escaped text inside named elements. */
final class Xml {

    private Xml() {
    }

    static String element(String name, String text) {
        return "<" + name + ">" + escape(text) + "</" + name + ">";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
