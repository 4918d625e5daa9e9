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

    public static ImportProblem error(String file, String path, String key, Object... arguments) {
        return new ImportProblem(Severity.ERROR, "courses.import.error." + key, List.of(arguments), file, path);
    }

    public static ImportProblem warning(String file, String path, String key, Object... arguments) {
        return new ImportProblem(Severity.WARNING, "courses.import.warning." + key, List.of(arguments), file, path);
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
