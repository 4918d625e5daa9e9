package org.techbroker.courses.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.content.CourseDocument.LessonDocument;
import org.techbroker.courses.content.CourseDocument.ModuleDocument;
import org.techbroker.courses.content.StrictJson.Arr;
import org.techbroker.courses.content.StrictJson.Node;
import org.techbroker.courses.content.StrictJson.Null;
import org.techbroker.courses.content.StrictJson.Obj;
import org.techbroker.courses.content.StrictJson.Paths;
import org.techbroker.courses.practice.ItemType;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.practice.PracticeOption;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Reads one {@code techbroker-course/1} file exactly as docs/course-import-format.md specifies
 * (sections 1 to 7 and the per-course rules of section 8), reporting every breach with its
 * location rather than stopping at the first, and the editorial rules of section 9 as warnings.
 * It knows nothing of other files or of the catalogue: {@link CourseSetValidator} checks those
 * rules.
 */
final class CourseFileReader extends StrictJsonReader {

    static final Pattern CODE = Pattern.compile("[A-Z]{3}-[0-9]{3}");
    static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final String ASCII_PUNCTUATION = ",;:?!()";

    private static final int TITLE_MAX = 200;
    private static final int SUMMARY_MAX = 1000;
    private static final int BODY_MAX = 60_000;
    private static final int SOURCE_MAX = 300;
    private static final int STEM_MAX = 2000;
    private static final int EXPLANATION_MAX = 4000;
    private static final int OPTION_MAX = 500;
    private static final int UNIT_MAX = 20;
    private static final int SLUG_MAX = 80;

    /** Editorial rules (section 9). */
    static final int MODULES_MIN = 2;

    static final int MODULES_MAX = 4;
    static final int LESSON_WORDS_MIN = 300;
    static final int QUIZ_ITEMS_MIN = 4;
    static final int SUMMARY_WORDS_MIN = 40;
    static final int SUMMARY_WORDS_MAX = 80;
    /** The fields that only some types of practice item have. */
    private static final Set<String> ITEM_FIELDS = Set.of("options", "answer", "tolerance", "unit");

    private static final List<String> STRUCTURE = List.of("p", "h3", "h4", "li", "tr");

    private CourseFileReader(String file, List<ImportProblem> problems) {
        super(file, problems);
    }

    /**
     * The course the file describes, or empty when it breaks a format rule. Every problem found,
     * warnings included, is added to {@code problems}.
     *
     * @param file the file's name as the author knows it ({@code courses/IPL-101.json})
     * @param bytes the file's content
     */
    static Optional<CourseDocument> read(String file, byte[] bytes, List<ImportProblem> problems) {
        CourseFileReader reader = new CourseFileReader(file, problems);
        if (bytes.length > ImportLimits.COURSE_FILE_BYTES) {
            problems.add(ImportProblem.error(
                    file, "", ImportRule.FILE_TOO_LARGE, ImportLimits.megabytes(ImportLimits.COURSE_FILE_BYTES)));
            return Optional.empty();
        }
        Optional<Node> root = StrictJson.read(bytes, file, problems);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        reader.failed = problems.stream().anyMatch(p -> p.isError() && p.file().equals(file));
        CourseDocument course = reader.course(root.get());
        return reader.failed || course == null ? Optional.empty() : Optional.of(course);
    }

    /** The code a file name promises: {@code courses/IPL-101.json} → {@code IPL-101}. */
    static String codeOfFileName(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    // ---------------------------------------------------------------------------------- course

    private CourseDocument course(Node rootNode) {
        if (!(rootNode instanceof Obj root)) {
            error("", ImportRule.NOT_OBJECT);
            return null;
        }
        Fields fields = new Fields(
                root,
                "",
                "format",
                "code",
                "title",
                "summary",
                "levels",
                "tracks",
                "syllabusModule",
                "creditHours",
                "prerequisites",
                "status",
                "modules");
        String format = string(fields.required("format"), "format");
        if (format != null && !CourseDocument.FORMAT.equals(format)) {
            error("format", ImportRule.FORMAT_VERSION, format, CourseDocument.FORMAT);
        }
        CourseCode code = code(fields.required("code"), "code");
        if (code != null && !code.value().equals(codeOfFileName(file()))) {
            error("code", ImportRule.FILE_NAME, code.value(), codeOfFileName(file()) + ".json");
        }
        BilingualText title = plainText(fields.required("title"), "title", TITLE_MAX);
        BilingualText summary = plainText(fields.required("summary"), "summary", SUMMARY_MAX);
        List<QualificationLevel> levels = enumList(fields.required("levels"), "levels", QualificationLevel.class, 1, 3);
        List<Track> tracks = enumList(fields.required("tracks"), "tracks", Track.class, 1, 4);
        SyllabusModule syllabusModule =
                enumValue(fields.required("syllabusModule"), "syllabusModule", SyllabusModule.class);
        Integer creditHours = integer(fields.required("creditHours"), "creditHours", 1, 60);
        List<CourseCode> prerequisites = prerequisites(fields.required("prerequisites"));
        CourseStatus status = enumValue(fields.required("status"), "status", CourseStatus.class);
        List<ModuleDocument> modules = modules(fields.required("modules"));
        fields.rejectUnknown();
        if (failed) {
            return null;
        }
        CourseDocument course = new CourseDocument(
                code, title, summary, levels, tracks, syllabusModule, creditHours, prerequisites, status, modules);
        editorialWarnings(course);
        return course;
    }

    private List<CourseCode> prerequisites(Node node) {
        List<Node> items = array(node, "prerequisites", 0, 10);
        if (items == null) {
            return List.of();
        }
        List<CourseCode> codes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            String path = Paths.index("prerequisites", i);
            CourseCode prerequisite = code(items.get(i), path);
            if (prerequisite != null) {
                if (!seen.add(prerequisite.value())) {
                    error(path, ImportRule.DISTINCT, prerequisite.value());
                } else {
                    codes.add(prerequisite);
                }
            }
        }
        return codes;
    }

    private CourseCode code(Node node, String path) {
        String value = string(node, path);
        if (value == null) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            error(path, ImportRule.CODE_PATTERN, value);
            return null;
        }
        return new CourseCode(value);
    }

    // --------------------------------------------------------------------------------- modules

    private List<ModuleDocument> modules(Node node) {
        List<Node> items = array(node, "modules", 1, 20);
        if (items == null) {
            return List.of();
        }
        List<ModuleDocument> modules = new ArrayList<>();
        Map<String, String> slugs = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            ModuleDocument module = module(items.get(i), Paths.index("modules", i), slugs);
            if (module != null) {
                modules.add(module);
            }
        }
        return modules;
    }

    private ModuleDocument module(Node node, String path, Map<String, String> slugs) {
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Fields fields = new Fields(object, path, "title", "lessons", "quiz");
        BilingualText title = plainText(fields.required("title"), Paths.key(path, "title"), TITLE_MAX);
        List<LessonDocument> lessons = new ArrayList<>();
        String lessonsPath = Paths.key(path, "lessons");
        List<Node> lessonNodes = array(fields.required("lessons"), lessonsPath, 1, 30);
        if (lessonNodes != null) {
            for (int i = 0; i < lessonNodes.size(); i++) {
                LessonDocument lesson = lesson(lessonNodes.get(i), Paths.index(lessonsPath, i), slugs);
                if (lesson != null) {
                    lessons.add(lesson);
                }
            }
        }
        Quiz quiz = quiz(fields.required("quiz"), Paths.key(path, "quiz"));
        fields.rejectUnknown();
        if (title == null || quiz == null) {
            return null;
        }
        return new ModuleDocument(title, lessons, quiz.passMarkPercent(), quiz.items());
    }

    private LessonDocument lesson(Node node, String path, Map<String, String> slugs) {
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Fields fields = new Fields(object, path, "slug", "title", "estimatedMinutes", "body", "sources");
        String slugPath = Paths.key(path, "slug");
        String slug = text(fields.required("slug"), slugPath, 1, SLUG_MAX, true);
        if (slug != null) {
            if (!SLUG.matcher(slug).matches()) {
                error(slugPath, ImportRule.SLUG_PATTERN, slug);
            } else if (slugs.containsKey(slug)) {
                error(slugPath, ImportRule.SLUG_DUPLICATE, slug, slugs.get(slug));
            } else {
                slugs.put(slug, slugPath);
            }
        }
        BilingualText title = plainText(fields.required("title"), Paths.key(path, "title"), TITLE_MAX);
        Integer minutes = integer(fields.required("estimatedMinutes"), Paths.key(path, "estimatedMinutes"), 1, 240);
        BilingualText body = bilingual(fields.required("body"), Paths.key(path, "body"), BODY_MAX, true);
        List<String> sources = new ArrayList<>();
        String sourcesPath = Paths.key(path, "sources");
        List<Node> sourceNodes = array(fields.required("sources"), sourcesPath, 1, 20);
        if (sourceNodes != null) {
            for (int i = 0; i < sourceNodes.size(); i++) {
                String source = text(sourceNodes.get(i), Paths.index(sourcesPath, i), 1, SOURCE_MAX, true);
                if (source != null) {
                    sources.add(source);
                }
            }
        }
        fields.rejectUnknown();
        if (slug == null || title == null || minutes == null || body == null) {
            return null;
        }
        return new LessonDocument(slug, title, minutes, body, sources);
    }

    // ------------------------------------------------------------------------------ quiz, items

    private record Quiz(int passMarkPercent, List<PracticeItem.Draft> items) {}

    private Quiz quiz(Node node, String path) {
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Fields fields = new Fields(object, path, "passMarkPercent", "items");
        Integer passMark = integer(fields.required("passMarkPercent"), Paths.key(path, "passMarkPercent"), 1, 100);
        List<PracticeItem.Draft> items = new ArrayList<>();
        String itemsPath = Paths.key(path, "items");
        List<Node> itemNodes = array(fields.required("items"), itemsPath, 1, 100);
        if (itemNodes != null) {
            for (int i = 0; i < itemNodes.size(); i++) {
                PracticeItem.Draft item = item(itemNodes.get(i), Paths.index(itemsPath, i));
                if (item != null) {
                    items.add(item);
                }
            }
        }
        fields.rejectUnknown();
        return passMark == null ? null : new Quiz(passMark, items);
    }

    private PracticeItem.Draft item(Node node, String path) {
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Node typeNode = object.members().get("type");
        ItemType type = typeNode == null || typeNode instanceof Null
                ? null
                : enumValue(typeNode, Paths.key(path, "type"), ItemType.class);
        List<String> allowed = new ArrayList<>(List.of("type", "stem", "explanation"));
        if (type != null) {
            allowed.addAll(
                    switch (type) {
                        case SINGLE_CHOICE, MULTIPLE_CHOICE -> List.of("options");
                        case TRUE_FALSE -> List.of("answer");
                        case NUMERIC -> List.of("answer", "tolerance", "unit");
                    });
        }
        Fields fields = new Fields(object, path, allowed.toArray(String[]::new));
        fields.required("type");
        BilingualText stem = plainText(fields.required("stem"), Paths.key(path, "stem"), STEM_MAX);
        BilingualText explanation =
                plainText(fields.required("explanation"), Paths.key(path, "explanation"), EXPLANATION_MAX);
        if (type == null) {
            // Without a known type no other field can be judged; the type's error says why.
            return null;
        }
        PracticeItem.Draft item =
                switch (type) {
                    case SINGLE_CHOICE, MULTIPLE_CHOICE -> choiceItem(type, fields, path, stem, explanation);
                    case TRUE_FALSE -> {
                        Boolean answer = bool(fields.required("answer"), Paths.key(path, "answer"));
                        yield answer == null
                                ? null
                                : new PracticeItem.Draft(type, stem, explanation, List.of(), answer, null, null, null);
                    }
                    case NUMERIC -> numericItem(fields, path, stem, explanation);
                };
        fields.rejectUnknownFor(type.name(), ITEM_FIELDS);
        return stem == null || explanation == null ? null : item;
    }

    private PracticeItem.Draft choiceItem(
            ItemType type, Fields fields, String path, BilingualText stem, BilingualText explanation) {
        String optionsPath = Paths.key(path, "options");
        Node node = fields.required("options");
        if (node == null) {
            return null;
        }
        if (!(node instanceof Arr array)) {
            error(optionsPath, ImportRule.EXPECTED_ARRAY);
            return null;
        }
        boolean single = type == ItemType.SINGLE_CHOICE;
        int size = array.items().size();
        if (single ? size != 4 : size < 4 || size > 5) {
            error(optionsPath, single ? ImportRule.OPTIONS_SINGLE_COUNT : ImportRule.OPTIONS_MULTIPLE_COUNT, size);
            return null;
        }
        List<PracticeOption.Draft> options = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        for (int i = 0; i < size; i++) {
            String optionPath = Paths.index(optionsPath, i);
            Obj object = object(array.items().get(i), optionPath);
            if (object == null) {
                continue;
            }
            Fields option = new Fields(object, optionPath, "key", "text", "correct");
            String keyPath = Paths.key(optionPath, "key");
            String key = string(option.required("key"), keyPath);
            char expected = (char) ('a' + i);
            if (key != null && !key.equals(String.valueOf(expected))) {
                error(keyPath, ImportRule.OPTION_KEY, key, String.valueOf(expected));
            }
            String textPath = Paths.key(optionPath, "text");
            BilingualText text = plainText(option.required("text"), textPath, OPTION_MAX);
            if (text != null) {
                String other = texts.putIfAbsent(text.en(), textPath);
                if (other != null) {
                    error(Paths.key(textPath, "en"), ImportRule.OPTION_TEXT_DUPLICATE, other);
                }
            }
            Boolean correct = bool(option.required("correct"), Paths.key(optionPath, "correct"));
            option.rejectUnknown();
            if (text != null && correct != null) {
                options.add(new PracticeOption.Draft(expected, text, correct));
            }
        }
        if (options.size() != size) {
            return null;
        }
        long correct = options.stream().filter(PracticeOption.Draft::correct).count();
        if (single && correct != 1) {
            error(optionsPath, ImportRule.OPTIONS_SINGLE_CORRECT, correct);
            return null;
        }
        if (!single && correct < 2) {
            error(optionsPath, ImportRule.OPTIONS_MULTIPLE_TOO_FEW, correct);
            return null;
        }
        if (!single && correct == size) {
            error(optionsPath, ImportRule.OPTIONS_MULTIPLE_ALL_CORRECT);
            return null;
        }
        return new PracticeItem.Draft(type, stem, explanation, options, null, null, null, null);
    }

    private PracticeItem.Draft numericItem(Fields fields, String path, BilingualText stem, BilingualText explanation) {
        BigDecimal answer = number(fields.required("answer"), Paths.key(path, "answer"));
        String tolerancePath = Paths.key(path, "tolerance");
        BigDecimal tolerance = number(fields.required("tolerance"), tolerancePath);
        if (tolerance != null && tolerance.signum() < 0) {
            error(tolerancePath, ImportRule.TOLERANCE_NEGATIVE, tolerance.toPlainString());
            tolerance = null;
        }
        BilingualText unit = null;
        Node unitNode = fields.optional("unit");
        if (unitNode != null) {
            unit = bilingualWithin(unitNode, Paths.key(path, "unit"), 1, UNIT_MAX, false);
            if (unit == null) {
                return null;
            }
        }
        if (answer == null || tolerance == null) {
            return null;
        }
        return new PracticeItem.Draft(ItemType.NUMERIC, stem, explanation, List.of(), null, answer, tolerance, unit);
    }

    // -------------------------------------------------------------------------- editorial rules

    private void editorialWarnings(CourseDocument course) {
        int modules = course.modules().size();
        if (modules < MODULES_MIN || modules > MODULES_MAX) {
            warning("modules", ImportRule.MODULES_COUNT, modules, MODULES_MIN, MODULES_MAX);
        }
        int summaryWords = BodyHtml.words(course.summary().en());
        if (summaryWords < SUMMARY_WORDS_MIN || summaryWords > SUMMARY_WORDS_MAX) {
            warning("summary.en", ImportRule.SUMMARY_WORDS, summaryWords, SUMMARY_WORDS_MIN, SUMMARY_WORDS_MAX);
        }
        for (int m = 0; m < modules; m++) {
            ModuleDocument module = course.modules().get(m);
            String modulePath = Paths.index("modules", m);
            if (module.items().size() < QUIZ_ITEMS_MIN) {
                warning(
                        modulePath + ".quiz.items",
                        ImportRule.QUIZ_ITEMS,
                        module.items().size(),
                        QUIZ_ITEMS_MIN);
            }
            for (int l = 0; l < module.lessons().size(); l++) {
                LessonDocument lesson = module.lessons().get(l);
                String bodyPath = modulePath + Paths.index(".lessons", l) + ".body";
                int words = BodyHtml.words(lesson.body().en());
                if (words < LESSON_WORDS_MIN) {
                    warning(bodyPath + ".en", ImportRule.LESSON_WORDS, words, LESSON_WORDS_MIN);
                }
                for (String element : STRUCTURE) {
                    int en = BodyHtml.count(lesson.body().en(), element);
                    int zh = BodyHtml.count(lesson.body().zh(), element);
                    if (en != zh) {
                        warning(bodyPath + ".zh", ImportRule.BODY_STRUCTURE, element, en, zh);
                    }
                }
            }
            for (int i = 0; i < module.items().size(); i++) {
                PracticeItem.Draft item = module.items().get(i);
                if (item.type() == ItemType.NUMERIC
                        && item.explanation().en().chars().noneMatch(Character::isDigit)) {
                    warning(
                            modulePath + Paths.index(".quiz.items", i) + ".explanation.en",
                            ImportRule.NUMERIC_EXPLANATION);
                }
            }
        }
    }

    private void checkChinesePunctuation(String text, String path, boolean html) {
        String plain = html ? BodyHtml.text(text) : text;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (ASCII_PUNCTUATION.indexOf(c) >= 0 && (isHan(plain, i - 1) || isHan(plain, i + 1))) {
                warning(path, ImportRule.ZH_PUNCTUATION, String.valueOf(c));
                return;
            }
        }
    }

    private static boolean isHan(String text, int index) {
        return index >= 0
                && index < text.length()
                && Character.UnicodeScript.of(text.charAt(index)) == Character.UnicodeScript.HAN;
    }

    // --------------------------------------------------------------------------- value readers

    private BilingualText plainText(Node node, String path, int max) {
        return bilingualWithin(node, path, 1, max, false);
    }

    private BilingualText bilingual(Node node, String path, int max, boolean html) {
        return bilingualWithin(node, path, 1, max, html);
    }

    private BilingualText bilingualWithin(Node node, String path, int min, int max, boolean html) {
        Obj object = object(node, path);
        if (object == null) {
            return null;
        }
        Fields fields = new Fields(object, path, "en", "zh");
        String enPath = Paths.key(path, "en");
        String zhPath = Paths.key(path, "zh");
        String en = text(fields.required("en"), enPath, min, max, !html);
        String zh = text(fields.required("zh"), zhPath, min, max, !html);
        fields.rejectUnknown();
        if (html) {
            en = checkedBody(en, enPath);
            zh = checkedBody(zh, zhPath);
        }
        if (zh != null) {
            checkChinesePunctuation(zh, zhPath, html);
        }
        return en == null || zh == null ? null : new BilingualText(zh, en);
    }

    private String checkedBody(String html, String path) {
        if (html == null) {
            return null;
        }
        Optional<BodyHtml.Breach> breach = BodyHtml.check(html);
        if (breach.isPresent()) {
            error(path, breach.get().rule(), breach.get().arguments().toArray());
            return null;
        }
        return html;
    }
}
