package org.techbroker.app.exam;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.techbroker.app.account.Account;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.certification.CertificationException;
import org.techbroker.certification.exam.Blueprint;
import org.techbroker.certification.exam.BlueprintCell;
import org.techbroker.certification.exam.BlueprintTerms;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.Registration;
import org.techbroker.certification.exam.RegistrationRow;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.SittingTerms;
import org.techbroker.courses.catalog.CourseCode;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException.Kind;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The administrators' exam decisions that shape candidates' results (blueprints, sittings, extra
 * time, the release of results), each written to the audit log with who decided, from where, and
 * what changed. The decision and its audit event share one transaction: both are committed or
 * neither. Pages and the API change exams through this class, never through {@link
 * ExamAdministration} directly, so no decision escapes the log.
 */
@ApplicationScoped
@Transactional
public class AuditedExamAdministration {

    @Inject
    ExamAdministration administration;

    @Inject
    ExamRepository exams;

    @Inject
    AccountService accounts;

    @Inject
    AuditLog audit;

    public Blueprint saveBlueprint(QualificationLevel level, BlueprintTerms terms, Long expectedVersion, Actor actor) {
        Optional<BlueprintTerms> before = administration.blueprint(level).map(Blueprint::terms);
        Blueprint saved = administration.saveBlueprint(level, terms, expectedVersion);
        String detail = before.map(old -> "level=" + level + " " + changes(old, saved.terms()))
                .orElseGet(() -> "level=" + level + " created " + describe(saved.terms()));
        record(AuditEventType.EXAM_BLUEPRINT_SAVED, actor, null, detail);
        return saved;
    }

    public Sitting createSitting(QualificationLevel level, SittingTerms terms, Actor actor) {
        Sitting sitting = administration.createSitting(level, terms);
        // The id comes from the database's identity column, so it is known once the sitting is added.
        record(
                AuditEventType.EXAM_SITTING_CREATED,
                actor,
                null,
                "sitting=" + sitting.id() + " level=" + level + " " + describe(terms) + " blueprint: "
                        + describe(sitting.formTerms()));
        return sitting;
    }

    public Sitting changeSitting(long sittingId, SittingTerms terms, long expectedVersion, Actor actor) {
        SittingTerms before = administration.sitting(sittingId).terms();
        Sitting sitting = administration.changeSitting(sittingId, terms, expectedVersion);
        record(
                AuditEventType.EXAM_SITTING_CHANGED,
                actor,
                null,
                "sitting=" + sittingId + " " + changes(before, sitting.terms()));
        return sitting;
    }

    public RegistrationRow grantExtraTime(long sittingId, AccountId candidate, int extraMinutes, Actor actor) {
        // For an administrator, someone not registered is a registration that does not exist.
        int before = exams.findRegistration(sittingId, candidate)
                .map(Registration::extraMinutes)
                .orElseThrow(() -> new CertificationException(
                        Kind.NOT_FOUND, "exam.error.registration_not_found", candidate.value(), sittingId));
        RegistrationRow row = administration.grantExtraTime(sittingId, candidate, extraMinutes);
        String detail = "sitting=" + sittingId + " account=" + candidate.value() + " extraMinutes: " + before + " -> "
                + extraMinutes
                + (row.deadline() == null ? "" : " deadline=" + row.deadline());
        record(
                AuditEventType.EXAM_EXTRA_TIME_GRANTED,
                actor,
                accounts.findById(candidate).map(Account::username).orElse(null),
                detail);
        return row;
    }

    /** Releases the results; releasing again changes nothing and is not logged again. */
    public Sitting releaseResults(long sittingId, Actor actor) {
        boolean wasReleased = administration.sitting(sittingId).resultsReleased();
        Sitting sitting = administration.releaseResults(sittingId);
        if (!wasReleased) {
            record(
                    AuditEventType.EXAM_RESULTS_RELEASED,
                    actor,
                    null,
                    "sitting=" + sittingId + " releasedAt="
                            + sitting.resultsReleasedAt().orElse(null));
        }
        return sitting;
    }

    private void record(AuditEventType type, Actor actor, String subject, String detail) {
        audit.record(type, actor.username(), subject, actor.clientAddress(), detail);
    }

    static String describe(SittingTerms terms) {
        return "title=" + terms.title().zh() + " / " + terms.title().en() + " opensAt=" + terms.opensAt() + " closesAt="
                + terms.closesAt() + " capacity=" + terms.capacity();
    }

    static String changes(SittingTerms before, SittingTerms after) {
        List<String> changes = new ArrayList<>();
        change(changes, "titleZh", before.title().zh(), after.title().zh());
        change(changes, "titleEn", before.title().en(), after.title().en());
        change(changes, "opensAt", before.opensAt(), after.opensAt());
        change(changes, "closesAt", before.closesAt(), after.closesAt());
        change(changes, "capacity", before.capacity(), after.capacity());
        return changes.isEmpty() ? "unchanged" : String.join(" ", changes);
    }

    static String describe(BlueprintTerms terms) {
        return "cells=" + cells(terms) + " essays=" + terms.essayCount() + " duration=" + terms.durationMinutes()
                + " passObjective=" + terms.objectivePassPercent() + " passEssay=" + terms.essayPassPercent()
                + " shuffle=" + terms.shuffleOptions() + " required=" + courses(terms);
    }

    static String changes(BlueprintTerms before, BlueprintTerms after) {
        List<String> changes = new ArrayList<>();
        change(changes, "cells", cells(before), cells(after));
        change(changes, "essays", before.essayCount(), after.essayCount());
        change(changes, "duration", before.durationMinutes(), after.durationMinutes());
        change(changes, "passObjective", before.objectivePassPercent(), after.objectivePassPercent());
        change(changes, "passEssay", before.essayPassPercent(), after.essayPassPercent());
        change(changes, "shuffle", before.shuffleOptions(), after.shuffleOptions());
        change(changes, "required", courses(before), courses(after));
        return changes.isEmpty() ? "unchanged" : String.join(" ", changes);
    }

    private static void change(List<String> changes, String name, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(name + ": " + before + " -> " + after);
        }
    }

    /** The non-empty cells in a stable order, so that reordering alone is no change. */
    private static String cells(BlueprintTerms terms) {
        return terms.cells().stream()
                .filter(cell -> cell.itemCount() > 0)
                .map(AuditedExamAdministration::cell)
                .sorted()
                .collect(Collectors.joining(",", "[", "]"));
    }

    private static String cell(BlueprintCell cell) {
        return cell.course().value() + "/" + cell.difficulty() + "x" + cell.itemCount();
    }

    private static String courses(BlueprintTerms terms) {
        return terms.requiredCourses().stream()
                .map(CourseCode::value)
                .sorted()
                .collect(Collectors.joining(",", "[", "]"));
    }
}
