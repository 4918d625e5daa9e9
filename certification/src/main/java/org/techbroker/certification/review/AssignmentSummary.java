package org.techbroker.certification.review;

import java.math.BigDecimal;
import java.time.Instant;

/** One line of an examiner's work list. It carries the script's code, never whose essay it is. */
public record AssignmentSummary(
        long id,
        String scriptCode,
        MarkingRole role,
        MarkingState state,
        String promptKey,
        int maxPoints,
        BigDecimal totalPoints,
        Instant assignedAt,
        Instant submittedAt,
        boolean waitsForCalibration) {}
