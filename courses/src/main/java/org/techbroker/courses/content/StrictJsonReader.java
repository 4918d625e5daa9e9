package org.techbroker.courses.content;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.techbroker.courses.content.StrictJson.Arr;
import org.techbroker.courses.content.StrictJson.Bool;
import org.techbroker.courses.content.StrictJson.Node;
import org.techbroker.courses.content.StrictJson.Null;
import org.techbroker.courses.content.StrictJson.Num;
import org.techbroker.courses.content.StrictJson.Obj;
import org.techbroker.courses.content.StrictJson.Paths;
import org.techbroker.courses.content.StrictJson.Str;

/**
 * Reads the values of a {@link StrictJson} tree as a file format expects them, adding a problem
 * with its location for every value of the wrong kind, out of range, null, missing or unknown,
 * and carrying on so that an author learns of every problem at once. Each import format (course
 * files, exam item files) extends it with its own structure; the rules of JSON itself are written
 * once, here.
 */
public abstract class StrictJsonReader {

    private static final Pattern MARKUP = Pattern.compile("<[A-Za-z/!]");

    private final String file;
    private final List<ImportProblem> problems;

    /** Whether an error was found: the reader's result must then be thrown away. */
    protected boolean failed;

    /**
     * @param file the file's name as the author knows it, for the problems' locations
     * @param problems where every problem found is added
     */
    protected StrictJsonReader(String file, List<ImportProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** How many errors this reader has found so far: a part of the file read without new errors is sound. */
    protected int errorCount() {
        return (int) problems.stream()
                .filter(p -> p.isError() && p.file().equals(file))
                .count();
    }

    protected String file() {
        return file;
    }

    /** An error of this format's own, with its message key. */
    protected void error(String path, String messageKey, Object... arguments) {
        failed = true;
        problems.add(new ImportProblem(ImportProblem.Severity.ERROR, messageKey, List.of(arguments), file, path));
    }

    /** A string that is not blank, has no surrounding whitespace and is min–max code points long. */
    protected String text(Node node, String path, int min, int max, boolean plain) {
        String value = string(node, path);
        if (value == null) {
            return null;
        }
        if (value.isBlank()) {
            error(path, ImportRule.BLANK);
            return null;
        }
        if (!value.equals(value.strip())) {
            error(path, ImportRule.WHITESPACE);
            return null;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            error(path, ImportRule.LENGTH, min, max, length);
            return null;
        }
        if (plain && MARKUP.matcher(value).find()) {
            error(path, ImportRule.MARKUP);
            return null;
        }
        return value;
    }

    protected String string(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof Str string) {
            return string.value();
        }
        error(path, ImportRule.EXPECTED_STRING);
        return null;
    }

    protected Integer integer(Node node, String path, int min, int max) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof Num number)) {
            error(path, ImportRule.EXPECTED_INTEGER);
            return null;
        }
        if (!number.isIntegerForm()) {
            error(path, ImportRule.INTEGER_FORM, number.text());
            return null;
        }
        if (number.value().compareTo(BigDecimal.valueOf(min)) < 0
                || number.value().compareTo(BigDecimal.valueOf(max)) > 0) {
            error(path, ImportRule.RANGE, min, max, number.text());
            return null;
        }
        return number.value().intValueExact();
    }

    protected BigDecimal number(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof Num number) {
            return number.value();
        }
        error(path, ImportRule.EXPECTED_NUMBER);
        return null;
    }

    protected Boolean bool(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof Bool bool) {
            return bool.value();
        }
        error(path, ImportRule.EXPECTED_BOOLEAN);
        return null;
    }

    protected Obj object(Node node, String path) {
        if (node == null) {
            return null;
        }
        if (node instanceof Obj object) {
            return object;
        }
        error(path, ImportRule.EXPECTED_OBJECT);
        return null;
    }

    protected List<Node> array(Node node, String path, int min, int max) {
        if (node == null) {
            return null;
        }
        if (!(node instanceof Arr array)) {
            error(path, ImportRule.EXPECTED_ARRAY);
            return null;
        }
        int size = array.items().size();
        if (size < min || size > max) {
            error(path, ImportRule.COUNT, min, max, size);
            return null;
        }
        return array.items();
    }

    protected <E extends Enum<E>> E enumValue(Node node, String path, Class<E> type) {
        String value = string(node, path);
        if (value == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        error(
                path,
                ImportRule.VALUE,
                value,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    protected <E extends Enum<E>> List<E> enumList(Node node, String path, Class<E> type, int min, int max) {
        List<Node> items = array(node, path, min, max);
        if (items == null) {
            return List.of();
        }
        Set<E> values = new LinkedHashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String itemPath = Paths.index(path, i);
            E value = enumValue(items.get(i), itemPath, type);
            if (value != null && !values.add(value)) {
                error(itemPath, ImportRule.DISTINCT, value.name());
            }
        }
        return List.copyOf(values);
    }

    protected void error(String path, ImportRule rule, Object... arguments) {
        failed = true;
        problems.add(ImportProblem.error(file, path, rule, arguments));
    }

    protected void warning(String path, ImportRule rule, Object... arguments) {
        problems.add(ImportProblem.warning(file, path, rule, arguments));
    }

    /**
     * The members of one JSON object: each key the format allows is taken at most once; null and
     * missing required members are errors; whatever is left at the end is an unknown field.
     */
    protected final class Fields {

        private final Obj object;
        private final String path;
        private final Set<String> allowed;

        public Fields(Obj object, String path, String... allowed) {
            this.object = object;
            this.path = path;
            this.allowed = Set.of(allowed);
        }

        public Node required(String key) {
            String childPath = Paths.key(path, key);
            if (!object.members().containsKey(key)) {
                error(childPath, ImportRule.MISSING_FIELD, key);
                return null;
            }
            return present(key, childPath);
        }

        public Node optional(String key) {
            return object.members().containsKey(key) ? present(key, Paths.key(path, key)) : null;
        }

        private Node present(String key, String childPath) {
            Node node = object.members().get(key);
            if (node instanceof Null) {
                error(childPath, ImportRule.NULL, key);
                return null;
            }
            return node;
        }

        public void rejectUnknown() {
            for (String key : object.members().keySet()) {
                if (!allowed.contains(key)) {
                    error(Paths.key(path, key), ImportRule.UNKNOWN_FIELD, key);
                }
            }
        }

        /**
         * As {@link #rejectUnknown}, saying that a field which belongs to other kinds of item does
         * not belong to this kind.
         *
         * @param kind the name of this kind, for the message
         * @param kindFields every field that only some kinds of item have
         */
        public void rejectUnknownFor(String kind, Set<String> kindFields) {
            for (String key : object.members().keySet()) {
                if (!allowed.contains(key)) {
                    if (kindFields.contains(key)) {
                        error(Paths.key(path, key), ImportRule.ITEM_FIELD, key, kind);
                    } else {
                        error(Paths.key(path, key), ImportRule.UNKNOWN_FIELD, key);
                    }
                }
            }
        }
    }
}
