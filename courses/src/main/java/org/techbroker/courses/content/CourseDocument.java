package org.techbroker.courses.content;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseStatus;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.practice.PracticeOption;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * One course as a {@code techbroker-course/1} file says it, once the file has been validated:
 * what the importer writes and the exporter reads back from the catalogue. Lists keep the file's
 * order; {@link #comparable()} gives the form in which two documents that mean the same course
 * are equal.
 */
public record CourseDocument(
        CourseCode code,
        BilingualText title,
        BilingualText summary,
        List<QualificationLevel> levels,
        List<Track> tracks,
        SyllabusModule syllabusModule,
        int creditHours,
        List<CourseCode> prerequisites,
        CourseStatus status,
        List<ModuleDocument> modules) {

    public static final String FORMAT = "techbroker-course/1";

    public CourseDocument {
        levels = List.copyOf(levels);
        tracks = List.copyOf(tracks);
        prerequisites = List.copyOf(prerequisites);
        modules = List.copyOf(modules);
    }

    /** A module: its lessons in teaching order and its practice quiz. */
    public record ModuleDocument(
            BilingualText title, List<LessonDocument> lessons, int passMarkPercent, List<PracticeItem.Draft> items) {

        public ModuleDocument {
            lessons = List.copyOf(lessons);
            items = List.copyOf(items);
        }
    }

    /** A lesson; its body is HTML of the format's allow-list. */
    public record LessonDocument(
            String slug, BilingualText title, int estimatedMinutes, BilingualText body, List<String> sources) {

        public LessonDocument {
            sources = List.copyOf(sources);
        }
    }

    public List<LessonDocument> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public int itemCount() {
        return modules.stream().mapToInt(m -> m.items().size()).sum();
    }

    /**
     * The document in a normal form: sets (levels, tracks, prerequisites) sorted, numbers without
     * trailing zeros, lesson bodies as the catalogue stores them ({@link LessonBodies#stored}).
     * Two documents that describe the same course have equal normal forms, whatever the layout
     * of their files.
     */
    public CourseDocument comparable() {
        return new CourseDocument(
                code,
                title,
                summary,
                levels.stream().sorted().distinct().toList(),
                tracks.stream().sorted().distinct().toList(),
                syllabusModule,
                creditHours,
                prerequisites.stream()
                        .sorted(Comparator.comparing(CourseCode::value))
                        .distinct()
                        .toList(),
                status,
                modules.stream()
                        .map(m -> new ModuleDocument(
                                m.title(),
                                m.lessons().stream()
                                        .map(l -> new LessonDocument(
                                                l.slug(),
                                                l.title(),
                                                l.estimatedMinutes(),
                                                new BilingualText(
                                                        LessonBodies.exported(LessonBodies.stored(
                                                                l.body().zh())),
                                                        LessonBodies.exported(LessonBodies.stored(
                                                                l.body().en()))),
                                                l.sources()))
                                        .toList(),
                                m.passMarkPercent(),
                                m.items().stream()
                                        .map(CourseDocument::comparable)
                                        .toList()))
                        .toList());
    }

    private static PracticeItem.Draft comparable(PracticeItem.Draft item) {
        return new PracticeItem.Draft(
                item.type(),
                item.stem(),
                item.explanation(),
                item.options().stream()
                        .map(o -> new PracticeOption.Draft(o.key(), o.text(), o.correct()))
                        .toList(),
                item.trueFalseAnswer(),
                stripped(item.numericAnswer()),
                stripped(item.numericTolerance()),
                item.unit());
    }

    private static BigDecimal stripped(BigDecimal number) {
        return number == null ? null : number.stripTrailingZeros();
    }
}
