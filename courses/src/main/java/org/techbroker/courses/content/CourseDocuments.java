package org.techbroker.courses.content;

import java.math.BigDecimal;
import java.util.Comparator;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.Course;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.catalog.CourseDescription;
import org.techbroker.courses.catalog.CourseModule;
import org.techbroker.courses.catalog.Lesson;
import org.techbroker.courses.catalog.LessonContent;
import org.techbroker.courses.content.CourseDocument.LessonDocument;
import org.techbroker.courses.content.CourseDocument.ModuleDocument;
import org.techbroker.courses.practice.PracticeItem;
import org.techbroker.courses.practice.PracticeOption;

/** Translations between the catalogue's courses and course documents, both ways. */
final class CourseDocuments {

    private CourseDocuments() {}

    /** The course as a file would say it; bodies in the file format's spelling. */
    static CourseDocument of(Course course) {
        return new CourseDocument(
                course.code(),
                course.title(),
                course.summary(),
                course.levels().stream().sorted().toList(),
                course.tracks().stream().sorted().toList(),
                course.syllabusModule(),
                course.creditHours(),
                course.prerequisites().stream()
                        .sorted(Comparator.comparing(CourseCode::value))
                        .toList(),
                course.status(),
                course.modules().stream().map(CourseDocuments::of).toList());
    }

    private static ModuleDocument of(CourseModule module) {
        return new ModuleDocument(
                module.title(),
                module.lessons().stream().map(CourseDocuments::of).toList(),
                module.passMarkPercent(),
                module.practiceItems().stream().map(CourseDocuments::draftOf).toList());
    }

    private static LessonDocument of(Lesson lesson) {
        return new LessonDocument(
                lesson.slug(),
                lesson.title(),
                lesson.estimatedMinutes(),
                new BilingualText(
                        LessonBodies.exported(lesson.body().zh()),
                        LessonBodies.exported(lesson.body().en())),
                lesson.sources());
    }

    static PracticeItem.Draft draftOf(PracticeItem item) {
        return new PracticeItem.Draft(
                item.type(),
                item.stem(),
                item.explanation(),
                item.options().stream()
                        .map(o -> new PracticeOption.Draft(o.key(), o.text(), o.correct()))
                        .toList(),
                item.trueFalseAnswer(),
                plain(item.numericAnswer()),
                plain(item.numericTolerance()),
                item.unit());
    }

    /** A stored decimal without the column's trailing zeros: 14.00000000 is written 14. */
    private static BigDecimal plain(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static CourseDescription description(CourseDocument course) {
        return new CourseDescription(
                course.title(),
                course.summary(),
                java.util.Set.copyOf(course.levels()),
                java.util.Set.copyOf(course.tracks()),
                java.util.Set.copyOf(course.prerequisites()),
                course.syllabusModule(),
                course.creditHours());
    }

    /** A lesson's content as the catalogue keeps it: bodies sanitised. */
    static LessonContent content(LessonDocument lesson) {
        return new LessonContent(
                lesson.slug(),
                lesson.title(),
                new BilingualText(
                        LessonBodies.stored(lesson.body().zh()),
                        LessonBodies.stored(lesson.body().en())),
                lesson.estimatedMinutes(),
                lesson.sources());
    }
}
