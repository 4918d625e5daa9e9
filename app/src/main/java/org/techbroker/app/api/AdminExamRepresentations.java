package org.techbroker.app.api;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.Blueprint;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.Outcome;
import org.techbroker.certification.exam.RegistrationRow;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.courses.catalog.BilingualText;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Exams as administrators read them through the API: blueprints, sittings (with the blueprint
 * each copied when it was created) and registrations, both languages at once. Blueprints and
 * sittings load their cells and courses eagerly, so these are built from what the services
 * return, after their transactions.
 */
public final class AdminExamRepresentations {

    private AdminExamRepresentations() {}

    /** A text in both languages. */
    public record Text(String zh, String en) {

        static Text of(BilingualText text) {
            return new Text(text.zh(), text.en());
        }
    }

    /** Objective items of one topic (a course) and difficulty in every form. */
    @JsonbPropertyOrder({"course", "difficulty", "itemCount"})
    public record CellView(String course, Difficulty difficulty, int itemCount) {}

    @JsonbPropertyOrder({
        "level",
        "cells",
        "essayCount",
        "durationMinutes",
        "objectivePassPercent",
        "essayPassPercent",
        "shuffleOptions",
        "requiredCourses",
        "updatedAt",
        "version"
    })
    public record BlueprintView(
            QualificationLevel level,
            List<CellView> cells,
            int essayCount,
            int durationMinutes,
            int objectivePassPercent,
            int essayPassPercent,
            boolean shuffleOptions,
            List<String> requiredCourses,
            Instant updatedAt,
            long version) {}

    @JsonbPropertyOrder({
        "id",
        "level",
        "title",
        "opensAt",
        "closesAt",
        "capacity",
        "durationMinutes",
        "essayCount",
        "objectivePassPercent",
        "essayPassPercent",
        "shuffleOptions",
        "cells",
        "requiredCourses",
        "resultsReleasedAt",
        "createdAt",
        "version"
    })
    public record SittingView(
            long id,
            QualificationLevel level,
            Text title,
            Instant opensAt,
            Instant closesAt,
            int capacity,
            int durationMinutes,
            int essayCount,
            int objectivePassPercent,
            int essayPassPercent,
            boolean shuffleOptions,
            List<CellView> cells,
            List<String> requiredCourses,
            Instant resultsReleasedAt,
            Instant createdAt,
            long version) {}

    /** A registration with the attempt's progress and score, once there is an attempt. */
    @JsonbPropertyOrder({
        "registrationId",
        "accountId",
        "username",
        "registeredAt",
        "extraMinutes",
        "attemptId",
        "attemptState",
        "startedAt",
        "deadline",
        "submittedAt",
        "submittedAutomatically",
        "objectivePoints",
        "objectiveMax",
        "essayPoints",
        "essayMax",
        "outcome"
    })
    public record RegistrationView(
            long registrationId,
            long accountId,
            String username,
            Instant registeredAt,
            int extraMinutes,
            Long attemptId,
            AttemptState attemptState,
            Instant startedAt,
            Instant deadline,
            Instant submittedAt,
            boolean submittedAutomatically,
            BigDecimal objectivePoints,
            int objectiveMax,
            BigDecimal essayPoints,
            int essayMax,
            Outcome outcome) {}

    static BlueprintView blueprint(Blueprint blueprint) {
        BlueprintTerms terms = blueprint.terms();
        return new BlueprintView(
                blueprint.level(),
                cells(terms.cells()),
                terms.essayCount(),
                terms.durationMinutes(),
                terms.objectivePassPercent(),
                terms.essayPassPercent(),
                terms.shuffleOptions(),
                courses(terms),
                blueprint.updatedAt(),
                blueprint.version());
    }

    static SittingView sitting(Sitting sitting) {
        BlueprintTerms terms = sitting.formTerms();
        return new SittingView(
                sitting.id(),
                sitting.level(),
                Text.of(sitting.title()),
                sitting.opensAt(),
                sitting.closesAt(),
                sitting.capacity(),
                terms.durationMinutes(),
                terms.essayCount(),
                terms.objectivePassPercent(),
                terms.essayPassPercent(),
                terms.shuffleOptions(),
                cells(terms.cells()),
                courses(terms),
                sitting.resultsReleasedAt().orElse(null),
                sitting.createdAt(),
                sitting.version());
    }

    static RegistrationView registration(RegistrationRow row, String username) {
        return new RegistrationView(
                row.registrationId(),
                row.account().value(),
                username,
                row.registeredAt(),
                row.extraMinutes(),
                row.attemptId(),
                row.attemptState(),
                row.startedAt(),
                row.deadline(),
                row.submittedAt(),
                row.submittedAutomatically(),
                ExamRepresentations.plain(row.objectivePoints()),
                row.objectiveMax(),
                ExamRepresentations.plain(row.essayPoints()),
                row.essayMax(),
                row.outcome());
    }

    private static List<CellView> cells(List<BlueprintCell> cells) {
        return cells.stream()
                .map(cell -> new CellView(cell.course().value(), cell.difficulty(), cell.itemCount()))
                .sorted(Comparator.comparing(CellView::course).thenComparing(CellView::difficulty))
                .toList();
    }

    private static List<String> courses(BlueprintTerms terms) {
        return terms.requiredCourses().stream().map(CourseCode::value).sorted().toList();
    }
}
