package org.techbroker.courses.content;

import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One thing wrong (or, for a warning, worth an author's look) in a course file or archive: a
 * message key with its arguments, never English text, and where it is. The location is the file
 * (an archive entry such as {@code courses/IPL-101.json}, or empty for the archive as a whole) and
 * a path into the file's JSON such as {@code modules[2].lessons[0].body.en} (empty for the whole
 * file), with indexes counted from 0.
 */
public record ImportProblem(Severity severity, String messageKey, List<Object> arguments, String file, String path) {

    /** Errors reject the whole import; warnings (the editorial rules) are reported and change nothing. */
    public enum Severity {
        ERROR,
        WARNING
    }

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    public ImportProblem {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
        file = file == null ? "" : file;
        path = path == null ? "" : path;
    }

    /** A problem found by this rule; its severity and message key are the rule's. */
    public static ImportProblem of(ImportRule rule, String file, String path, Object... arguments) {
        return new ImportProblem(rule.severity(), rule.messageKey(), List.of(arguments), file, path);
    }

    static ImportProblem error(String file, String path, ImportRule rule, Object... arguments) {
        return checked(Severity.ERROR, rule, file, path, arguments);
    }

    static ImportProblem warning(String file, String path, ImportRule rule, Object... arguments) {
        return checked(Severity.WARNING, rule, file, path, arguments);
    }

    private static ImportProblem checked(
            Severity severity, ImportRule rule, String file, String path, Object... arguments) {
        if (rule.severity() != severity) {
            throw new IllegalArgumentException(rule + " is not a rule of severity " + severity);
        }
        return of(rule, file, path, arguments);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The arguments as an array, for message formatting. */
    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** The same location as an RFC 6901 JSON Pointer ({@code /modules/2/lessons/0/body/en}). */
    public String pointer() {
        if (path.isEmpty()) {
            return "";
        }
        Matcher indexes = INDEX.matcher(path);
        String slashed = indexes.replaceAll(".$1");
        StringBuilder pointer = new StringBuilder();
        for (String token : slashed.split("\\.")) {
            if (!token.isEmpty()) {
                pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
            }
        }
        return pointer.toString();
    }

    @Override
    public String toString() {
        return severity + " " + file + (path.isEmpty() ? "" : " " + path) + ": " + messageKey + " " + arguments;
    }
}
