package org.techbroker.certification.exam;

import java.math.BigDecimal;
import java.time.Instant;
import org.techbroker.courses.shared.AccountId;

/** A registration as administrators see it, with the attempt's progress and score when there is one. */
public record RegistrationRow(
        long registrationId,
        AccountId account,
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
