package org.techbroker.app.admin.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ExamItem.Revision;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemContent.CriterionContent;
import org.techbroker.certification.exam.ItemContent.LevelContent;
import org.techbroker.certification.exam.ItemContent.OptionContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.bank.BankItem;
import org.techbroker.certification.exam.bank.ItemBank;
import org.techbroker.certification.exam.bank.ItemBankException;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The item editor, for every type: choice options with their correct flags, the key of a
 * true/false statement, a numeric answer with its tolerance and unit, an essay's rubric with its
 * criteria and level descriptors. It shows every version the item has had and says, before
 * saving, when saving will add a version because candidates have seen the current one. Problems
 * are listed with their place, as the import lists them.
 */
@Named
@ViewScoped
public class ItemEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A row of the form: one option. */
    public static class OptionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String zh;
        private String en;
        private boolean correct;

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public boolean isCorrect() {
            return correct;
        }

        public void setCorrect(boolean correct) {
            this.correct = correct;
        }
    }

    /** A level descriptor of a criterion. */
    public static class LevelRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private Integer points;
        private String zh;
        private String en;

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }
    }

    /** A rubric criterion with its levels. */
    public static class CriterionRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String zh;
        private String en;
        private Integer points;
        private List<LevelRow> levels = new ArrayList<>();

        public String getZh() {
            return zh;
        }

        public void setZh(String zh) {
            this.zh = zh;
        }

        public String getEn() {
            return en;
        }

        public void setEn(String en) {
            this.en = en;
        }

        public Integer getPoints() {
            return points;
        }

        public void setPoints(Integer points) {
            this.points = points;
        }

        public List<LevelRow> getLevels() {
            return levels;
        }
    }

    /** A version of the history, as the page lists it. */
    public record VersionRow(int versionNo, String createdAt, boolean seen, String status, String stem, boolean current)
            implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** A problem, with its place in the item. */
    public record ProblemRow(String location, String message) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ItemBank bank;

    @Inject
    transient Formats formats;

    private String key;
    private boolean creating = true;
    private long version;
    private int currentVersionNo;
    private boolean currentSeen;
    private List<VersionRow> versions = List.of();
    private List<ProblemRow> problems = List.of();

    private String newKey;
    private ItemType type = ItemType.SINGLE_CHOICE;
    private String course;
    private QualificationLevel level = QualificationLevel.JUNIOR;
    private Difficulty difficulty = Difficulty.MEDIUM;
    private ItemStatus status = ItemStatus.DRAFT;
    private Integer points = 1;
    private String stemZh;
    private String stemEn;
    private String explanationZh;
    private String explanationEn;
    private String source;
    private List<OptionRow> options = new ArrayList<>();
    private Boolean statementTrue;
    private String answer;
    private String tolerance;
    private String unitZh;
    private String unitEn;
    private List<CriterionRow> criteria = new ArrayList<>();

    /** Reads the item named by the address; a key that names no item answers 404. */
    public void load() {
        if (key == null || key.isBlank()) {
            creating = true;
            if (options.isEmpty()) {
                for (int i = 0; i < 4; i++) {
                    options.add(new OptionRow());
                }
            }
            return;
        }
        Optional<BankItem> item = bank.find(key.strip());
        if (item.isEmpty()) {
            Pages.notFound();
            return;
        }
        show(item.get());
    }

    private void show(BankItem item) {
        creating = false;
        key = item.key();
        version = item.version();
        currentVersionNo = item.currentVersionNo();
        currentSeen = item.current().seen();
        Locale locale = FacesMessages.locale();
        versions = item.versions().stream()
                .map(v -> new VersionRow(
                        v.versionNo(),
                        formats.dateTime(v.createdAt()),
                        v.seen(),
                        FacesMessages.text("ItemStatus." + v.content().status().name()),
                        v.content().stem().in(locale),
                        v.versionNo() == item.currentVersionNo()))
                .sorted(java.util.Comparator.comparingInt(VersionRow::versionNo).reversed())
                .toList();
        fill(item.current().content());
    }

    private void fill(ItemContent content) {
        type = content.type();
        course = content.course().value();
        level = content.level();
        difficulty = content.difficulty();
        status = content.status();
        points = content.points();
        stemZh = content.stem().zh();
        stemEn = content.stem().en();
        explanationZh =
                content.explanation() == null ? null : content.explanation().zh();
        explanationEn =
                content.explanation() == null ? null : content.explanation().en();
        source = content.source();
        options = new ArrayList<>();
        for (OptionContent option : content.options()) {
            OptionRow row = new OptionRow();
            row.zh = option.text().zh();
            row.en = option.text().en();
            row.correct = option.correct();
            options.add(row);
        }
        statementTrue = content.trueFalseKey();
        answer =
                content.numericAnswer() == null ? null : content.numericAnswer().toPlainString();
        tolerance = content.numericTolerance() == null
                ? null
                : content.numericTolerance().toPlainString();
        unitZh = content.unit() == null ? null : content.unit().zh();
        unitEn = content.unit() == null ? null : content.unit().en();
        criteria = new ArrayList<>();
        for (CriterionContent criterion : content.rubric()) {
            CriterionRow row = new CriterionRow();
            row.zh = criterion.title().zh();
            row.en = criterion.title().en();
            row.points = criterion.points();
            for (LevelContent level : criterion.levels()) {
                LevelRow levelRow = new LevelRow();
                levelRow.points = level.points();
                levelRow.zh = level.descriptor().zh();
                levelRow.en = level.descriptor().en();
                row.levels.add(levelRow);
            }
            criteria.add(row);
        }
    }

    public String save() {
        problems = List.of();
        Optional<ItemContent> content = content();
        if (content.isEmpty()) {
            return null;
        }
        try {
            if (creating) {
                String created = stripped(newKey);
                bank.create(created, content.get());
                FacesMessages.info("admin_exams_item.message.created", created);
                Pages.keepMessages();
                return "/admin/exams/item?faces-redirect=true&key=" + created;
            }
            ItemBank.Revised revised = bank.revise(key, content.get(), version);
            show(revised.item());
            Revision revision = revised.revision();
            switch (revision) {
                case UNCHANGED -> FacesMessages.info("admin_exams_item.message.unchanged");
                case EDITED_IN_PLACE -> FacesMessages.info("admin_exams_item.message.edited", currentVersionNo);
                case NEW_VERSION -> FacesMessages.info("admin_exams_item.message.new_version", currentVersionNo);
            }
        } catch (ItemBankException e) {
            refused(e.problems());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        return null;
    }

    private void refused(List<ImportProblem> found) {
        problems = found.stream()
                .map(p -> new ProblemRow(
                        p.path().isEmpty() ? "" : p.path(), FacesMessages.text(p.messageKey(), p.argumentArray())))
                .toList();
        FacesMessages.error(null, "admin_exams_item.message.problems", problems.size());
    }

    /** What the form says, as an item; empty (with messages) when a number cannot be read. */
    private Optional<ItemContent> content() {
        if (type == null || level == null || difficulty == null || status == null) {
            FacesMessages.error(null, "admin_exams_item.message.choose_all");
            return Optional.empty();
        }
        Optional<CourseCode> code = Pages.code(course);
        if (code.isEmpty()) {
            FacesMessages.error("item:course", "admin_exams_item.message.choose_course");
            return Optional.empty();
        }
        BigDecimal numericAnswer = null;
        BigDecimal numericTolerance = null;
        if (type == ItemType.NUMERIC) {
            numericAnswer = number(answer, "item:answer");
            numericTolerance = blank(tolerance) ? BigDecimal.ZERO : number(tolerance, "item:tolerance");
            if (numericAnswer == null && !blank(answer) || numericTolerance == null) {
                return Optional.empty();
            }
        }
        boolean choice = type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE;
        List<OptionContent> optionContents = choice
                ? options.stream()
                        .map(o -> new OptionContent(text(o.zh, o.en), o.correct))
                        .toList()
                : List.of();
        List<CriterionContent> rubric = type == ItemType.ESSAY
                ? criteria.stream()
                        .map(c -> new CriterionContent(
                                text(c.zh, c.en),
                                c.points == null ? 0 : c.points,
                                c.levels.stream()
                                        .map(l -> new LevelContent(l.points == null ? 0 : l.points, text(l.zh, l.en)))
                                        .toList()))
                        .toList()
                : List.of();
        int itemPoints = points != null
                ? points
                : type == ItemType.ESSAY
                        ? rubric.stream().mapToInt(CriterionContent::points).sum()
                        : 1;
        return Optional.of(new ItemContent(
                type,
                code.get(),
                level,
                difficulty,
                status,
                itemPoints,
                text(stemZh, stemEn),
                optionalText(explanationZh, explanationEn),
                blank(source) ? null : source.strip(),
                optionContents,
                type == ItemType.TRUE_FALSE ? statementTrue : null,
                numericAnswer,
                numericTolerance,
                type == ItemType.NUMERIC ? optionalText(unitZh, unitEn) : null,
                rubric));
    }

    private static BigDecimal number(String text, String clientId) {
        if (blank(text)) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            FacesMessages.error(clientId, "admin_exams_item.message.not_a_number", text.strip());
            return null;
        }
    }

    private static BilingualText text(String zh, String en) {
        return new BilingualText(stripped(zh), stripped(en));
    }

    /** Absent when both languages are left empty; otherwise both are judged by the rules. */
    private static BilingualText optionalText(String zh, String en) {
        return blank(zh) && blank(en) ? null : text(zh, en);
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    // ------------------------------------------------------------------ rows added and removed

    public void addOption() {
        options.add(new OptionRow());
    }

    public void removeOption(int index) {
        if (index >= 0 && index < options.size()) {
            options.remove(index);
        }
    }

    public void addCriterion() {
        CriterionRow row = new CriterionRow();
        row.levels.add(new LevelRow());
        row.levels.add(new LevelRow());
        criteria.add(row);
    }

    public void removeCriterion(int index) {
        if (index >= 0 && index < criteria.size()) {
            criteria.remove(index);
        }
    }

    public void addLevel(int criterion) {
        if (criterion >= 0 && criterion < criteria.size()) {
            criteria.get(criterion).levels.add(new LevelRow());
        }
    }

    public void removeLevel(int criterion, int index) {
        if (criterion >= 0 && criterion < criteria.size()) {
            List<LevelRow> levels = criteria.get(criterion).levels;
            if (index >= 0 && index < levels.size()) {
                levels.remove(index);
            }
        }
    }

    /** A new type keeps what applies to it; an essay starts with two criteria to fill in. */
    public void typeChanged() {
        if (type == ItemType.ESSAY && criteria.isEmpty()) {
            addCriterion();
            addCriterion();
        }
        if ((type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE) && options.isEmpty()) {
            for (int i = 0; i < 4; i++) {
                addOption();
            }
        }
        if (points == null || type == ItemType.ESSAY && points < 10) {
            points = type == ItemType.ESSAY ? null : 1;
        }
    }

    // ------------------------------------------------------------------------------ properties

    public boolean isChoice() {
        return type == ItemType.SINGLE_CHOICE || type == ItemType.MULTIPLE_CHOICE;
    }

    public boolean isTrueFalse() {
        return type == ItemType.TRUE_FALSE;
    }

    public boolean isNumeric() {
        return type == ItemType.NUMERIC;
    }

    public boolean isEssay() {
        return type == ItemType.ESSAY;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public boolean isCreating() {
        return creating;
    }

    public int getCurrentVersionNo() {
        return currentVersionNo;
    }

    public boolean isCurrentSeen() {
        return currentSeen;
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public List<ProblemRow> getProblems() {
        return problems;
    }

    public String getNewKey() {
        return newKey;
    }

    public void setNewKey(String newKey) {
        this.newKey = newKey;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public QualificationLevel getLevel() {
        return level;
    }

    public void setLevel(QualificationLevel level) {
        this.level = level;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }

    public Integer getPoints() {
        return points;
    }

    public void setPoints(Integer points) {
        this.points = points;
    }

    public String getStemZh() {
        return stemZh;
    }

    public void setStemZh(String stemZh) {
        this.stemZh = stemZh;
    }

    public String getStemEn() {
        return stemEn;
    }

    public void setStemEn(String stemEn) {
        this.stemEn = stemEn;
    }

    public String getExplanationZh() {
        return explanationZh;
    }

    public void setExplanationZh(String explanationZh) {
        this.explanationZh = explanationZh;
    }

    public String getExplanationEn() {
        return explanationEn;
    }

    public void setExplanationEn(String explanationEn) {
        this.explanationEn = explanationEn;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public List<OptionRow> getOptions() {
        return options;
    }

    public Boolean getStatementTrue() {
        return statementTrue;
    }

    public void setStatementTrue(Boolean statementTrue) {
        this.statementTrue = statementTrue;
    }

    public String getAnswer() {
        return answer;
    }

    public void setAnswer(String answer) {
        this.answer = answer;
    }

    public String getTolerance() {
        return tolerance;
    }

    public void setTolerance(String tolerance) {
        this.tolerance = tolerance;
    }

    public String getUnitZh() {
        return unitZh;
    }

    public void setUnitZh(String unitZh) {
        this.unitZh = unitZh;
    }

    public String getUnitEn() {
        return unitEn;
    }

    public void setUnitEn(String unitEn) {
        this.unitEn = unitEn;
    }

    public List<CriterionRow> getCriteria() {
        return criteria;
    }
}
