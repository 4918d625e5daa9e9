package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;
import org.techbroker.certification.exam.ExamTime;
import org.techbroker.courses.shared.AccountId;

/** Writes a script's append-only history; the one place review events are made. */
@ApplicationScoped
class ReviewHistory {

    @Inject
    ReviewRepository reviews;

    @Inject
    Clock clock;

    Instant now() {
        return ExamTime.now(clock);
    }

    void record(
            Script script, Marking marking, ReviewEventKind kind, AccountId actor, BigDecimal points, String detail) {
        reviews.add(new ReviewEvent(script, marking, kind, actor, points, detail, now()));
    }

    /** A submitted marking, criterion by criterion, so the history alone shows what was given. */
    void markSubmitted(Marking marking, AccountId examiner) {
        String detail = marking.role()
                + " "
                + marking.criteria().stream()
                        .map(c -> c.criterionId() + "="
                                + c.points().map(BigDecimal::toPlainString).orElse("-"))
                        .collect(Collectors.joining(","))
                + marking.reason().map(r -> " | " + r).orElse("");
        record(
                marking.script(),
                marking,
                ReviewEventKind.MARK_SUBMITTED,
                examiner,
                marking.totalPoints().orElse(null),
                detail);
    }
}
