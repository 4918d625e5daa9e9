package org.techbroker.courses.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.content.CourseDocument.LessonDocument;
import org.techbroker.courses.content.CourseDocument.ModuleDocument;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.practice.PracticeOption;

/**
 * Writes a course in the repository's canonical form of the format (section 1): 2-space
 * indentation, keys in the documented order, non-ASCII characters written literally, one trailing
 * newline. A file read and written again comes out byte for byte the same, so exported courses
 * diff cleanly against the seeded files.
 */
final class CourseJsonWriter {

    private final StringBuilder out = new StringBuilder(64 * 1024);

    private CourseJsonWriter() {}

    static String write(CourseDocument course) {
        CourseJsonWriter writer = new CourseJsonWriter();
        writer.value(courseObject(course), 0);
        writer.out.append('\n');
        return writer.out.toString();
    }

    // A tiny JSON model in the canonical key order: members are name/value pairs.
    private record Member(String name, Object value) {}

    private record Obj(List<Member> members) {}

    private static Obj object(Object... namesAndValues) {
        List<Member> members = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                members.add(new Member((String) namesAndValues[i], namesAndValues[i + 1]));
            }
        }
        return new Obj(members);
    }

    private static Obj courseObject(CourseDocument course) {
        return object(
                "format", CourseDocument.FORMAT,
                "code", course.code().value(),
                "title", text(course.title()),
                "summary", text(course.summary()),
                "levels", course.levels().stream().map(Enum::name).toList(),
                "tracks", course.tracks().stream().map(Enum::name).toList(),
                "syllabusModule", course.syllabusModule().name(),
                "creditHours", course.creditHours(),
                "prerequisites",
                        course.prerequisites().stream().map(c -> c.value()).toList(),
                "status", course.status().name(),
                "modules",
                        course.modules().stream()
                                .map(CourseJsonWriter::moduleObject)
                                .toList());
    }

    private static Obj moduleObject(ModuleDocument module) {
        return object(
                "title", text(module.title()),
                "lessons",
                        module.lessons().stream()
                                .map(CourseJsonWriter::lessonObject)
                                .toList(),
                "quiz",
                        object(
                                "passMarkPercent", module.passMarkPercent(),
                                "items",
                                        module.items().stream()
                                                .map(CourseJsonWriter::itemObject)
                                                .toList()));
    }

    private static Obj lessonObject(LessonDocument lesson) {
        return object(
                "slug", lesson.slug(),
                "title", text(lesson.title()),
                "estimatedMinutes", lesson.estimatedMinutes(),
                "body", text(lesson.body()),
                "sources", lesson.sources());
    }

    private static Obj itemObject(PracticeItem.Draft item) {
        return switch (item.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                object(
                        "type", item.type().name(),
                        "stem", text(item.stem()),
                        "options",
                                item.options().stream()
                                        .map(CourseJsonWriter::optionObject)
                                        .toList(),
                        "explanation", text(item.explanation()));
            case TRUE_FALSE ->
                object(
                        "type", item.type().name(),
                        "stem", text(item.stem()),
                        "answer", item.trueFalseAnswer(),
                        "explanation", text(item.explanation()));
            case NUMERIC ->
                object(
                        "type", item.type().name(),
                        "stem", text(item.stem()),
                        "answer", item.numericAnswer(),
                        "tolerance", item.numericTolerance(),
                        "unit", item.unit() == null ? null : text(item.unit()),
                        "explanation", text(item.explanation()));
        };
    }

    private static Obj optionObject(PracticeOption.Draft option) {
        return object("key", String.valueOf(option.key()), "text", text(option.text()), "correct", option.correct());
    }

    private static Obj text(BilingualText text) {
        return object("en", text.en(), "zh", text.zh());
    }

    private void value(Object value, int depth) {
        if (value instanceof Obj object) {
            members(object.members(), depth);
        } else if (value instanceof List<?> list) {
            items(list, depth);
        } else if (value instanceof String string) {
            string(string);
        } else if (value instanceof BigDecimal number) {
            out.append(number.toPlainString());
        } else if (value instanceof Integer || value instanceof Boolean) {
            out.append(value);
        } else {
            throw new IllegalArgumentException("Not a JSON value: " + value);
        }
    }

    private void members(List<Member> members, int depth) {
        if (members.isEmpty()) {
            out.append("{}");
            return;
        }
        out.append("{\n");
        for (int i = 0; i < members.size(); i++) {
            indent(depth + 1);
            string(members.get(i).name());
            out.append(": ");
            value(members.get(i).value(), depth + 1);
            out.append(i + 1 < members.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append('}');
    }

    private void items(List<?> list, int depth) {
        if (list.isEmpty()) {
            out.append("[]");
            return;
        }
        out.append("[\n");
        for (int i = 0; i < list.size(); i++) {
            indent(depth + 1);
            value(list.get(i), depth + 1);
            out.append(i + 1 < list.size() ? ",\n" : "\n");
        }
        indent(depth);
        out.append(']');
    }

    private void indent(int depth) {
        out.append("  ".repeat(depth));
    }

    private void string(String value) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
