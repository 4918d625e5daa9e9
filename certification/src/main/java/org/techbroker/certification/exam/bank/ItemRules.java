package org.techbroker.certification.exam.bank;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemContent.CriterionContent;
import org.techbroker.certification.exam.ItemContent.LevelContent;
import org.techbroker.certification.exam.ItemContent.OptionContent;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.content.ImportProblem.Severity;
import org.techbroker.courses.content.ImportRule;
import org.techbroker.courses.content.StrictJson.Paths;

/**
 * Every rule an item must meet (docs/exam-item-format.md, sections 2 to 4), checked on the item
 * as authored, whether it comes from the editor or from a file: one set of rules, one message per
 * breach. Each problem names its place as the file format would ({@code options[2].text.zh}), so
 * that the import prefixes it with the item's place in the file and the editor shows it as is.
 *
 * <p>Rules that JSON itself states (a text in quotes, a whole number) belong to the file reader;
 * the rules of what an item says are all here.
 */
public final class ItemRules {

    /** 3–40 capital letters, digits and hyphens: an item's stable identity. */
    public static final Pattern KEY = Pattern.compile("[A-Z0-9-]{3,40}");

    public static final int KEY_MAX = 40;
    public static final int STEM_MIN = 10;
    public static final int STEM_MAX = 4000;
    public static final int OPTION_MAX = 1000;
    public static final int EXPLANATION_MAX = 4000;
    public static final int SOURCE_MAX = 500;
    public static final int UNIT_MAX = 40;
    public static final int CRITERION_TITLE_MAX = 200;
    public static final int DESCRIPTOR_MAX = 2000;
    public static final int SINGLE_OPTIONS_MIN = 3;
    public static final int SINGLE_OPTIONS_MAX = 6;
    public static final int MULTIPLE_OPTIONS_MIN = 3;
    public static final int MULTIPLE_OPTIONS_MAX = 8;
    public static final int OBJECTIVE_POINTS_MIN = 1;
    public static final int OBJECTIVE_POINTS_MAX = 10;
    public static final int OBJECTIVE_POINTS_DEFAULT = 1;
    public static final int ESSAY_POINTS_MIN = 10;
    public static final int ESSAY_POINTS_MAX = 100;
    public static final int CRITERIA_MIN = 2;
    public static final int CRITERIA_MAX = 8;
    public static final int LEVELS_MIN = 2;
    public static final int LEVELS_MAX = 6;

    /** Digits a numeric key or tolerance may have before and after the point (the column is DECIMAL(24, 8)). */
    public static final int NUMBER_INTEGER_DIGITS = 16;

    public static final int NUMBER_FRACTION_DIGITS = 8;

    private final List<ImportProblem> problems = new ArrayList<>();

    private ItemRules() {}

    /**
     * The item's breaches of the format, none when it may be stored.
     *
     * @param courseExists whether the catalogue has a course of this code (drafts included)
     */
    public static List<ImportProblem> check(String key, ItemContent content, Predicate<CourseCode> courseExists) {
        ItemRules rules = new ItemRules();
        rules.key(key);
        rules.content(content, courseExists);
        return List.copyOf(rules.problems);
    }

    private void key(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            error("key", "exam.item.error.key_pattern", key == null ? "" : key);
        }
    }

    private void content(ItemContent content, Predicate<CourseCode> courseExists) {
        if (!courseExists.test(content.course())) {
            error("course", "exam.item.error.course_unknown", content.course().value());
        }
        text(content.stem(), "stem", STEM_MIN, STEM_MAX);
        if (content.explanation() != null) {
            text(content.explanation(), "explanation", 1, EXPLANATION_MAX);
        }
        if (content.source() != null) {
            text(content.source(), "source", 1, SOURCE_MAX);
        }
        ItemType type = content.type();
        notFor(
                type,
                "options",
                !content.options().isEmpty(),
                type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE);
        notFor(type, "correct", content.trueFalseKey() != null, type == ItemType.TRUE_FALSE);
        notFor(type, "answer", content.numericAnswer() != null, type == ItemType.NUMERIC);
        notFor(type, "tolerance", content.numericTolerance() != null, type == ItemType.NUMERIC);
        notFor(type, "unit", content.unit() != null, type == ItemType.NUMERIC);
        notFor(type, "rubric", !content.rubric().isEmpty(), type == ItemType.ESSAY);
        switch (type) {
            case SINGLE_CHOICE -> choice(content.options(), true);
            case MULTIPLE_CHOICE -> choice(content.options(), false);
            case TRUE_FALSE -> {
                if (content.trueFalseKey() == null) {
                    error("correct", "exam.item.error.true_false_missing");
                }
            }
            case NUMERIC -> numeric(content);
            case ESSAY -> rubric(content.rubric(), content.points());
        }
        if (type.isObjective()) {
            range("points", content.points(), OBJECTIVE_POINTS_MIN, OBJECTIVE_POINTS_MAX);
        } else {
            range("points", content.points(), ESSAY_POINTS_MIN, ESSAY_POINTS_MAX);
        }
    }

    private void notFor(ItemType type, String field, boolean present, boolean allowed) {
        if (present && !allowed) {
            rule(field, ImportRule.ITEM_FIELD, field, type.name());
        }
    }

    private void choice(List<OptionContent> options, boolean single) {
        int min = single ? SINGLE_OPTIONS_MIN : MULTIPLE_OPTIONS_MIN;
        int max = single ? SINGLE_OPTIONS_MAX : MULTIPLE_OPTIONS_MAX;
        if (options.size() < min || options.size() > max) {
            error(
                    "options",
                    single ? "exam.item.error.single_count" : "exam.item.error.multiple_count",
                    options.size());
        }
        Map<String, Integer> zh = new HashMap<>();
        Map<String, Integer> en = new HashMap<>();
        for (int i = 0; i < options.size(); i++) {
            String path = Paths.index("options", i);
            BilingualText text = options.get(i).text();
            if (text(text, Paths.key(path, "text"), 1, OPTION_MAX)) {
                Integer sameZh = zh.putIfAbsent(text.zh(), i + 1);
                Integer sameEn = en.putIfAbsent(text.en(), i + 1);
                if (sameZh != null) {
                    error(Paths.key(path, "text.zh"), "exam.item.error.option_text_duplicate", sameZh);
                } else if (sameEn != null) {
                    error(Paths.key(path, "text.en"), "exam.item.error.option_text_duplicate", sameEn);
                }
            }
        }
        long correct = options.stream().filter(OptionContent::correct).count();
        if (single && correct != 1) {
            error("options", "exam.item.error.single_correct", correct);
        }
        if (!single && correct < 2) {
            error("options", "exam.item.error.multiple_too_few", correct);
        }
        if (!single && !options.isEmpty() && correct == options.size()) {
            error("options", "exam.item.error.multiple_all_correct");
        }
    }

    private void numeric(ItemContent content) {
        if (content.numericAnswer() == null) {
            error("answer", "exam.item.error.answer_missing");
        } else {
            digits("answer", content.numericAnswer());
        }
        BigDecimal tolerance = content.numericTolerance();
        if (tolerance != null) {
            if (tolerance.signum() < 0) {
                rule("tolerance", ImportRule.TOLERANCE_NEGATIVE, tolerance.toPlainString());
            } else {
                digits("tolerance", tolerance);
            }
        }
        if (content.unit() != null) {
            text(content.unit(), "unit", 1, UNIT_MAX);
        }
    }

    private void digits(String path, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        int fraction = Math.max(0, stripped.scale());
        int integer = stripped.precision() - stripped.scale();
        if (fraction > NUMBER_FRACTION_DIGITS || integer > NUMBER_INTEGER_DIGITS) {
            error(
                    path,
                    "exam.item.error.number_digits",
                    value.toPlainString(),
                    NUMBER_INTEGER_DIGITS,
                    NUMBER_FRACTION_DIGITS);
        }
    }

    private void rubric(List<CriterionContent> criteria, int points) {
        if (criteria.isEmpty()) {
            error("rubric", "exam.item.error.rubric_missing");
            return;
        }
        String criteriaPath = "rubric.criteria";
        if (criteria.size() < CRITERIA_MIN || criteria.size() > CRITERIA_MAX) {
            rule(criteriaPath, ImportRule.COUNT, CRITERIA_MIN, CRITERIA_MAX, criteria.size());
        }
        int total = 0;
        for (int c = 0; c < criteria.size(); c++) {
            CriterionContent criterion = criteria.get(c);
            String path = Paths.index(criteriaPath, c);
            total += criterion.points();
            text(criterion.title(), Paths.key(path, "title"), 1, CRITERION_TITLE_MAX);
            range(Paths.key(path, "points"), criterion.points(), 1, ESSAY_POINTS_MAX);
            levels(criterion, path);
        }
        if (total != points) {
            error(criteriaPath, "exam.item.error.rubric_total", total, points);
        }
    }

    private void levels(CriterionContent criterion, String criterionPath) {
        List<LevelContent> levels = criterion.levels();
        String levelsPath = Paths.key(criterionPath, "levels");
        if (levels.size() < LEVELS_MIN || levels.size() > LEVELS_MAX) {
            rule(levelsPath, ImportRule.COUNT, LEVELS_MIN, LEVELS_MAX, levels.size());
        }
        for (int l = 0; l < levels.size(); l++) {
            String path = Paths.index(levelsPath, l);
            LevelContent level = levels.get(l);
            text(level.descriptor(), Paths.key(path, "descriptor"), 1, DESCRIPTOR_MAX);
            if (l > 0 && level.points() >= levels.get(l - 1).points()) {
                error(
                        Paths.key(path, "points"),
                        "exam.item.error.levels_descending",
                        level.points(),
                        levels.get(l - 1).points());
            }
        }
        if (levels.isEmpty()) {
            return;
        }
        int first = levels.get(0).points();
        if (first != criterion.points()) {
            error(
                    Paths.key(Paths.index(levelsPath, 0), "points"),
                    "exam.item.error.level_first",
                    criterion.points(),
                    first);
        }
        int last = levels.get(levels.size() - 1).points();
        if (last != 0) {
            error(Paths.key(Paths.index(levelsPath, levels.size() - 1), "points"), "exam.item.error.level_last", last);
        }
    }

    /** Both languages present, not blank, without surrounding whitespace, min–max code points. */
    private boolean text(BilingualText text, String path, int min, int max) {
        boolean zh = text(text.zh(), Paths.key(path, "zh"), min, max);
        boolean en = text(text.en(), Paths.key(path, "en"), min, max);
        return zh && en;
    }

    private boolean text(String value, String path, int min, int max) {
        if (value == null || value.isBlank()) {
            rule(path, ImportRule.BLANK);
            return false;
        }
        if (!value.equals(value.strip())) {
            rule(path, ImportRule.WHITESPACE);
            return false;
        }
        int length = value.codePointCount(0, value.length());
        if (length < min || length > max) {
            rule(path, ImportRule.LENGTH, min, max, length);
            return false;
        }
        return true;
    }

    private void range(String path, int value, int min, int max) {
        if (value < min || value > max) {
            rule(path, ImportRule.RANGE, min, max, value);
        }
    }

    private void error(String path, String messageKey, Object... arguments) {
        problems.add(new ImportProblem(Severity.ERROR, messageKey, List.of(arguments), "", path));
    }

    private void rule(String path, ImportRule rule, Object... arguments) {
        problems.add(ImportProblem.of(rule, "", path, arguments));
    }
}
