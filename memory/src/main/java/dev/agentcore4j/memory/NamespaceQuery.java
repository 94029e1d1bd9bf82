package dev.agentcore4j.memory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code namespace} of RetrieveMemoryRecords and ListMemoryRecords: a prefix of the records'
 * namespaces, in which {@code *} stands for any characters within one path segment
 * ({@code /strategies/*}{@code /actors/alice}).
 */
record NamespaceQuery(String prefix, Optional<Pattern> wildcard) {

    static NamespaceQuery of(String namespace) {
        int star = namespace.indexOf('*');
        if (star < 0) {
            return new NamespaceQuery(namespace, Optional.empty());
        }
        StringBuilder regex = new StringBuilder();
        String[] parts = namespace.split("\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            regex.append(Pattern.quote(parts[i]));
            if (i < parts.length - 1) {
                regex.append("[^/]*");
            }
        }
        return new NamespaceQuery(namespace.substring(0, star), Optional.of(Pattern.compile(regex + ".*")));
    }

    boolean matches(String recordNamespace) {
        return recordNamespace.startsWith(prefix)
                && wildcard.map(p -> p.matcher(recordNamespace).matches()).orElse(true);
    }
}
