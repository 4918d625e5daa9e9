package org.techbroker.app.admin.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.Blueprint;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.FormAssembler;
import org.techbroker.certification.exam.bank.Drawable;
import org.techbroker.certification.exam.bank.ItemBank;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The blueprint of one level: how many objective items each topic (a course) gives at each
 * difficulty, next to how many the bank can draw there; essays, duration, pass marks, option
 * shuffling and the courses a trainee must complete. A blueprint the bank cannot satisfy is not
 * saved, and the short cells are listed.
 */
@Named
@ViewScoped
public class BlueprintsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One topic of the cells table: the counts asked at each difficulty and what the bank has. */
    public static class TopicRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String title;
        private final int[] counts = new int[Difficulty.values().length];
        private final int[] available = new int[Difficulty.values().length];

        TopicRow(String code, String title) {
            this.code = code;
            this.title = title;
        }

        public String getCode() {
            return code;
        }

        public String getTitle() {
            return title;
        }

        public int getEasy() {
            return counts[0];
        }

        public void setEasy(int value) {
            counts[0] = value;
        }

        public int getMedium() {
            return counts[1];
        }

        public void setMedium(int value) {
            counts[1] = value;
        }

        public int getHard() {
            return counts[2];
        }

        public void setHard(int value) {
            counts[2] = value;
        }

        public int getEasyAvailable() {
            return available[0];
        }

        public int getMediumAvailable() {
            return available[1];
        }

        public int getHardAvailable() {
            return available[2];
        }
    }

    /** A cell the bank cannot fill, said in the page's language. */
    public record ShortRow(String cell, int needed, int available) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient ItemBank bank;

    @Inject
    transient ExamChoices choices;

    private QualificationLevel level = QualificationLevel.JUNIOR;
    private Long version;
    private List<TopicRow> topics = new ArrayList<>();
    private int essays;
    private int essaysAvailable;
    private int durationMinutes = 90;
    private int objectivePassPercent = 60;
    private int essayPassPercent = 60;
    private boolean shuffleOptions = true;
    private List<String> requiredCourses = new ArrayList<>();
    private List<ShortRow> shortfalls = List.of();

    public void load() {
        if (level == null) {
            level = QualificationLevel.JUNIOR;
        }
        Optional<Blueprint> blueprint = administration.blueprint(level);
        version = blueprint.map(Blueprint::version).orElse(null);
        Locale locale = FacesMessages.locale();
        List<Course> courses = choices.courses();
        Set<String> inCells = new HashSet<>();
        blueprint.ifPresent(b -> b.cells().forEach(c -> inCells.add(c.course().value())));
        topics = new ArrayList<>();
        for (Course course : courses) {
            if (course.levels().contains(level)
                    || inCells.contains(course.code().value())) {
                topics.add(new TopicRow(course.code().value(), course.title().in(locale)));
            }
        }
        Drawable drawable = bank.drawable(level);
        for (TopicRow topic : topics) {
            for (Difficulty difficulty : Difficulty.values()) {
                topic.available[difficulty.ordinal()] = drawable.count(topic.code, difficulty);
            }
        }
        essaysAvailable = drawable.essays();
        shortfalls = List.of();
        if (blueprint.isPresent()) {
            Blueprint b = blueprint.get();
            for (BlueprintCell cell : b.cells()) {
                topics.stream()
                        .filter(t -> t.code.equals(cell.course().value()))
                        .findFirst()
                        .ifPresent(t -> t.counts[cell.difficulty().ordinal()] = cell.itemCount());
            }
            essays = b.essayCount();
            durationMinutes = b.durationMinutes();
            objectivePassPercent = b.objectivePassPercent();
            essayPassPercent = b.essayPassPercent();
            shuffleOptions = b.shuffleOptions();
            requiredCourses = new ArrayList<>(
                    b.requiredCourses().stream().map(CourseCode::value).toList());
        } else {
            essays = 0;
            requiredCourses = new ArrayList<>();
        }
    }

    public void save() {
        BlueprintTerms terms = terms();
        List<FormAssembler.Shortfall> found = administration.shortfalls(level, terms);
        if (!found.isEmpty()) {
            shortfalls = found.stream()
                    .map(s -> new ShortRow(
                            s.isEssays()
                                    ? FacesMessages.text("admin_exams_blueprints.essays")
                                    : s.course() + " · "
                                            + FacesMessages.text("Difficulty."
                                                    + s.difficulty().name()),
                            s.needed(),
                            s.available()))
                    .toList();
            FacesMessages.error(null, "admin_exams_blueprints.message.unsatisfiable", shortfalls.size());
            return;
        }
        try {
            administration.saveBlueprint(level, terms, version);
            FacesMessages.info(
                    "admin_exams_blueprints.message.saved", FacesMessages.text("QualificationLevel." + level.name()));
            load();
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    private BlueprintTerms terms() {
        List<BlueprintCell> cells = new ArrayList<>();
        for (TopicRow topic : topics) {
            for (Difficulty difficulty : Difficulty.values()) {
                int count = topic.counts[difficulty.ordinal()];
                if (count != 0) {
                    cells.add(new BlueprintCell(new CourseCode(topic.code), difficulty, count));
                }
            }
        }
        Set<CourseCode> required = new LinkedHashSet<>();
        requiredCourses.forEach(code -> required.add(new CourseCode(code)));
        return new BlueprintTerms(
                cells, essays, durationMinutes, objectivePassPercent, essayPassPercent, shuffleOptions, required);
    }

    public int getObjectiveTotal() {
        return topics.stream()
                .mapToInt(t -> t.getEasy() + t.getMedium() + t.getHard())
                .sum();
    }

    public boolean isExisting() {
        return version != null;
    }

    public QualificationLevel getLevel() {
        return level;
    }

    public void setLevel(QualificationLevel level) {
        this.level = level;
    }

    public List<TopicRow> getTopics() {
        return topics;
    }

    public int getEssays() {
        return essays;
    }

    public void setEssays(int essays) {
        this.essays = essays;
    }

    public int getEssaysAvailable() {
        return essaysAvailable;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(int durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public int getObjectivePassPercent() {
        return objectivePassPercent;
    }

    public void setObjectivePassPercent(int objectivePassPercent) {
        this.objectivePassPercent = objectivePassPercent;
    }

    public int getEssayPassPercent() {
        return essayPassPercent;
    }

    public void setEssayPassPercent(int essayPassPercent) {
        this.essayPassPercent = essayPassPercent;
    }

    public boolean isShuffleOptions() {
        return shuffleOptions;
    }

    public void setShuffleOptions(boolean shuffleOptions) {
        this.shuffleOptions = shuffleOptions;
    }

    public List<String> getRequiredCourses() {
        return requiredCourses;
    }

    public void setRequiredCourses(List<String> requiredCourses) {
        this.requiredCourses = requiredCourses;
    }

    public List<ShortRow> getShortfalls() {
        return shortfalls;
    }
}
