package org.techbroker.certification.exam.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemContent.CriterionContent;
import org.techbroker.certification.exam.ItemContent.LevelContent;
import org.techbroker.certification.exam.ItemContent.OptionContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.ImportRule;
import org.techbroker.courses.content.StrictJson;
import org.techbroker.courses.content.StrictJson.Node;
import org.techbroker.courses.content.StrictJson.Obj;
import org.techbroker.courses.content.StrictJson.Paths;
import org.techbroker.courses.content.StrictJsonReader;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Reads a {@code techbroker-exam-items/1} file (docs/exam-item-format.md): JSON as strict as the
 * course files (UTF-8 without a byte-order mark, no unknown or duplicate keys, no nulls, whole
 * numbers written as such), keys unique in the file, and each item's fields of the kinds the
 * format names. What an item says is then judged by {@link ItemRules}, as for the editor; every
 * problem of the whole file is reported, with its place in it.
 */
public final class ItemFileReader extends StrictJsonReader {

    public static final String FORMAT = "techbroker-exam-items/1";
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final int MAX_ITEMS = 2000;

    private static final Set<String> TYPE_FIELDS =
            Set.of("options", "correct", "answer", "tolerance", "unit", "rubric");
    private static final List<String> COMMON_FIELDS = List.of(
            "key", "type", "course", "level", "difficulty", "status", "points", "stem", "explanation", "source");

    private ItemFileReader(String file, List<ImportProblem> problems) {
        super(file, problems);
    }

    /**
     * The items of the file, or empty when the file breaks a rule of the format; every problem
     * found is added to {@code problems}. The items' content is not judged here: see {@link
     * ItemRules}.
     */
    public static Optional<List<ItemDraft>> read(String file, byte[] bytes, List<ImportProblem> problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(new ImportProblem(
                    ImportProblem.Severity.ERROR,
                    "exam.item.error.file_too_large",
                    List.of(MAX_BYTES / (1024 * 1024)),
                    file,
                    ""));
            return Optional.empty();
        }
        int before = problems.size();
        Optional<Node> root = StrictJson.read(bytes, file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        ItemFileReader reader = new ItemFileReader(file, problems);
        reader.failed = problems.size() > before;
        List<ItemDraft> items = reader.file(root.get());
        return reader.failed ? Optional.empty() : Optional.of(items);
    }

    private List<ItemDraft> file(Node rootNode) {
        if (!(rootNode instanceof Obj root)) {
            error("", "exam.item.error.not_object");
            return List.of();
        }
        Fields fields = new Fields(root, "", "format", "items");
        String format = string(fields.required("format"), "format");
        if (format != null && !FORMAT.equals(format)) {
            error("format", ImportRule.FORMAT_VERSION, format, FORMAT);
        }
        List<Node> nodes = array(fields.required("items"), "items", 1, MAX_ITEMS);
        fields.rejectUnknown();
        if (nodes == null) {
            return List.of();
        }
        List<ItemDraft> items = new ArrayList<>();
        Map<String, String> keys = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            String path = Paths.index("items", i);
            ItemDraft item = item(nodes.get(i), path);
            if (item != null) {
                String earlier = keys.putIfAbsent(item.key(), path);
                if (earlier != null) {
                    error(Paths.key(path, "key"), "exam.item.error.key_duplicate", item.key(), earlier);
                }
                items.add(item);
            }
        }
        return items;
    }

    private ItemDraft item(Node node, String path) {
        int errorsBefore = errorCount();
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Node typeNode = object.members().get("type");
        ItemType type = typeNode == null || typeNode instanceof StrictJson.Null
                ? null
                : enumValue(typeNode, Paths.key(path, "type"), ItemType.class);
        List<String> allowed = new ArrayList<>(COMMON_FIELDS);
        if (type != null) {
            allowed.addAll(
                    switch (type) {
                        case SINGLE_CHOICE, MULTIPLE_CHOICE -> List.of("options");
                        case TRUE_FALSE -> List.of("correct");
                        case NUMERIC -> List.of("answer", "tolerance", "unit");
                        case ESSAY -> List.of("rubric");
                    });
        }
        Fields fields = new Fields(object, path, allowed.toArray(String[]::new));
        String key = string(fields.required("key"), Paths.key(path, "key"));
        fields.required("type");
        CourseCode course = code(fields.required("course"), Paths.key(path, "course"));
        QualificationLevel level =
                enumValue(fields.required("level"), Paths.key(path, "level"), QualificationLevel.class);
        Difficulty difficulty =
                enumValue(fields.required("difficulty"), Paths.key(path, "difficulty"), Difficulty.class);
        Node statusNode = fields.optional("status");
        ItemStatus status = statusNode == null
                ? ItemStatus.ACTIVE
                : enumValue(statusNode, Paths.key(path, "status"), ItemStatus.class);
        Node pointsNode = fields.optional("points");
        Integer points = pointsNode == null
                ? null
                : integer(pointsNode, Paths.key(path, "points"), Integer.MIN_VALUE, Integer.MAX_VALUE);
        BilingualText stem = bilingual(fields.required("stem"), Paths.key(path, "stem"));
        Node explanationNode = fields.optional("explanation");
        BilingualText explanation =
                explanationNode == null ? null : bilingual(explanationNode, Paths.key(path, "explanation"));
        Node sourceNode = fields.optional("source");
        String source = sourceNode == null ? null : string(sourceNode, Paths.key(path, "source"));
        if (type == null) {
            // Without a known type no other field can be judged; the type's own error says why.
            return null;
        }
        List<OptionContent> options = List.of();
        Boolean trueFalseKey = null;
        BigDecimal answer = null;
        BigDecimal tolerance = null;
        BilingualText unit = null;
        List<CriterionContent> rubric = List.of();
        switch (type) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE ->
                options = options(fields.required("options"), Paths.key(path, "options"));
            case TRUE_FALSE -> trueFalseKey = bool(fields.required("correct"), Paths.key(path, "correct"));
            case NUMERIC -> {
                answer = number(fields.required("answer"), Paths.key(path, "answer"));
                Node toleranceNode = fields.optional("tolerance");
                tolerance =
                        toleranceNode == null ? BigDecimal.ZERO : number(toleranceNode, Paths.key(path, "tolerance"));
                Node unitNode = fields.optional("unit");
                unit = unitNode == null ? null : bilingual(unitNode, Paths.key(path, "unit"));
            }
            case ESSAY -> rubric = rubric(fields.required("rubric"), Paths.key(path, "rubric"));
        }
        fields.rejectUnknownFor(type.name(), TYPE_FIELDS);
        if (errorCount() > errorsBefore
                || key == null
                || course == null
                || level == null
                || difficulty == null
                || stem == null) {
            return null;
        }
        int itemPoints = points != null
                ? points
                : type.isObjective()
                        ? ItemRules.OBJECTIVE_POINTS_DEFAULT
                        : rubric.stream().mapToInt(CriterionContent::points).sum();
        return new ItemDraft(
                key,
                new ItemContent(
                        type,
                        course,
                        level,
                        difficulty,
                        status,
                        itemPoints,
                        stem,
                        explanation,
                        source,
                        options,
                        trueFalseKey,
                        answer,
                        tolerance,
                        unit,
                        rubric));
    }

    private CourseCode code(Node node, String path) {
        String value = string(node, path);
        if (value == null) {
            return null;
        }
        try {
            return new CourseCode(value);
        } catch (RuntimeException e) {
            error(path, ImportRule.CODE_PATTERN, value);
            return null;
        }
    }

    private List<OptionContent> options(Node node, String path) {
        List<Node> nodes = array(node, path, 0, Integer.MAX_VALUE);
        if (nodes == null) {
            return List.of();
        }
        List<OptionContent> options = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String optionPath = Paths.index(path, i);
            Obj object = object(nodes.get(i), optionPath);
            if (object == null) {
                continue;
            }
            Fields fields = new Fields(object, optionPath, "text", "correct");
            BilingualText text = bilingual(fields.required("text"), Paths.key(optionPath, "text"));
            Boolean correct = bool(fields.required("correct"), Paths.key(optionPath, "correct"));
            fields.rejectUnknown();
            if (text != null && correct != null) {
                options.add(new OptionContent(text, correct));
            }
        }
        return options;
    }

    private List<CriterionContent> rubric(Node node, String path) {
        Obj object = object(node, path);
        if (object == null) {
            return List.of();
        }
        Fields fields = new Fields(object, path, "criteria");
        String criteriaPath = Paths.key(path, "criteria");
        List<Node> nodes = array(fields.required("criteria"), criteriaPath, 0, Integer.MAX_VALUE);
        fields.rejectUnknown();
        if (nodes == null) {
            return List.of();
        }
        List<CriterionContent> criteria = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String criterionPath = Paths.index(criteriaPath, i);
            Obj criterion = object(nodes.get(i), criterionPath);
            if (criterion == null) {
                continue;
            }
            Fields criterionFields = new Fields(criterion, criterionPath, "title", "points", "levels");
            BilingualText title = bilingual(criterionFields.required("title"), Paths.key(criterionPath, "title"));
            Integer points = integer(
                    criterionFields.required("points"),
                    Paths.key(criterionPath, "points"),
                    Integer.MIN_VALUE,
                    Integer.MAX_VALUE);
            List<LevelContent> levels = levels(criterionFields.required("levels"), Paths.key(criterionPath, "levels"));
            criterionFields.rejectUnknown();
            if (title != null && points != null) {
                criteria.add(new CriterionContent(title, points, levels));
            }
        }
        return criteria;
    }

    private List<LevelContent> levels(Node node, String path) {
        List<Node> nodes = array(node, path, 0, Integer.MAX_VALUE);
        if (nodes == null) {
            return List.of();
        }
        List<LevelContent> levels = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            String levelPath = Paths.index(path, i);
            Obj object = object(nodes.get(i), levelPath);
            if (object == null) {
                continue;
            }
            Fields fields = new Fields(object, levelPath, "points", "descriptor");
            Integer points = integer(
                    fields.required("points"), Paths.key(levelPath, "points"), Integer.MIN_VALUE, Integer.MAX_VALUE);
            BilingualText descriptor = bilingual(fields.required("descriptor"), Paths.key(levelPath, "descriptor"));
            fields.rejectUnknown();
            if (points != null && descriptor != null) {
                levels.add(new LevelContent(points, descriptor));
            }
        }
        return levels;
    }

    /** Both languages as strings; what they may say is for {@link ItemRules}. */
    private BilingualText bilingual(Node node, String path) {
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Fields fields = new Fields(object, path, "zh", "en");
        String zh = string(fields.required("zh"), Paths.key(path, "zh"));
        String en = string(fields.required("en"), Paths.key(path, "en"));
        fields.rejectUnknown();
        return zh == null || en == null ? null : new BilingualText(zh, en);
    }
}
