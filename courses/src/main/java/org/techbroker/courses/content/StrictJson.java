package org.techbroker.courses.content;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * Reads one JSON document into a small tree that keeps what JSON-P's object model forgets: the
 * literal text of each number (to tell {@code 12} from {@code 12.0}), and keys given twice in one
 * object (reported, not silently overwritten). The bytes must be UTF-8 without a byte-order mark.
 * Every JSON import of the application reads its files through it.
 */
public final class StrictJson {

    public sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {}

    public record Obj(Map<String, Node> members) implements Node {}

    public record Arr(List<Node> items) implements Node {}

    public record Str(String value) implements Node {}

    /** A number with its literal text, as written in the file. */
    public record Num(BigDecimal value, String text) implements Node {

        public boolean isIntegerForm() {
            return text.indexOf('.') < 0 && text.indexOf('e') < 0 && text.indexOf('E') < 0;
        }
    }

    public record Bool(boolean value) implements Node {}

    public record Null() implements Node {}

    private StrictJson() {}

    /** The tree, or empty when the document cannot be read at all (the reason is in the problems). */
    public static Optional<Node> read(byte[] bytes, String file, List<ImportProblem> problems) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            problems.add(ImportProblem.error(file, "", ImportRule.BOM));
            return Optional.empty();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            problems.add(ImportProblem.error(file, "", ImportRule.ENCODING));
            return Optional.empty();
        }
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (!parser.hasNext()) {
                problems.add(ImportProblem.error(file, "", ImportRule.JSON_SYNTAX, 1, 1));
                return Optional.empty();
            }
            JsonParser.Event first = parser.next();
            List<ImportProblem> duplicates = new ArrayList<>();
            Node root = value(parser, first, "", file, duplicates);
            if (parser.hasNext()) {
                JsonLocation at = parser.getLocation();
                problems.add(ImportProblem.error(
                        file, "", ImportRule.JSON_SYNTAX, at.getLineNumber(), at.getColumnNumber()));
                return Optional.empty();
            }
            problems.addAll(duplicates);
            return Optional.of(root);
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            problems.add(ImportProblem.error(
                    file,
                    "",
                    ImportRule.JSON_SYNTAX,
                    at == null ? 0 : at.getLineNumber(),
                    at == null ? 0 : at.getColumnNumber()));
            return Optional.empty();
        } catch (JsonException | IllegalStateException | NoSuchElementException e) {
            problems.add(ImportProblem.error(file, "", ImportRule.JSON_SYNTAX, 0, 0));
            return Optional.empty();
        }
    }

    private static Node value(
            JsonParser parser, JsonParser.Event event, String path, String file, List<ImportProblem> duplicates) {
        return switch (event) {
            case START_OBJECT -> object(parser, path, file, duplicates);
            case START_ARRAY -> array(parser, path, file, duplicates);
            case VALUE_STRING -> new Str(parser.getString());
            case VALUE_NUMBER -> new Num(parser.getBigDecimal(), parser.getString());
            case VALUE_TRUE -> new Bool(true);
            case VALUE_FALSE -> new Bool(false);
            case VALUE_NULL -> new Null();
            default -> throw new JsonParsingException("Unexpected " + event, parser.getLocation());
        };
    }

    private static Obj object(JsonParser parser, String path, String file, List<ImportProblem> duplicates) {
        Map<String, Node> members = new LinkedHashMap<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_OBJECT) {
                return new Obj(members);
            }
            String key = parser.getString();
            String childPath = Paths.key(path, key);
            Node child = value(parser, parser.next(), childPath, file, duplicates);
            if (members.containsKey(key)) {
                duplicates.add(ImportProblem.error(file, childPath, ImportRule.DUPLICATE_KEY, key));
            } else {
                members.put(key, child);
            }
        }
    }

    private static Arr array(JsonParser parser, String path, String file, List<ImportProblem> duplicates) {
        List<Node> items = new ArrayList<>();
        while (true) {
            JsonParser.Event event = parser.next();
            if (event == JsonParser.Event.END_ARRAY) {
                return new Arr(items);
            }
            items.add(value(parser, event, Paths.index(path, items.size()), file, duplicates));
        }
    }

    /** How locations inside a file are written. */
    public static final class Paths {

        private Paths() {}

        public static String key(String path, String key) {
            return path.isEmpty() ? key : path + "." + key;
        }

        public static String index(String path, int index) {
            return path + "[" + index + "]";
        }
    }
}
