package org.techbroker.certification.exam;

import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.QualificationLevel;

/** What administrators do with exams: blueprints, sittings, registrations, extra time and results. */
public interface ExamAdministration {

    List<Blueprint> blueprints();

    Optional<Blueprint> blueprint(@NotNull QualificationLevel level);

    /** The cells the bank cannot fill for these terms; empty when forms can be drawn. */
    List<FormAssembler.Shortfall> shortfalls(@NotNull QualificationLevel level, @NotNull BlueprintTerms terms);

    /**
     * Creates or changes the level's blueprint. Refused when the terms are out of range, when the
     * bank cannot satisfy them, or when {@code expectedVersion} is stale (null: creating).
     */
    Blueprint saveBlueprint(@NotNull QualificationLevel level, @NotNull BlueprintTerms terms, Long expectedVersion);

    List<Sitting> sittings();

    Sitting sitting(long sittingId);

    /** A sitting of the level; the level needs a blueprint the bank can satisfy. */
    Sitting createSitting(@NotNull QualificationLevel level, @NotNull SittingTerms terms);

    Sitting changeSitting(long sittingId, @NotNull SittingTerms terms, long expectedVersion);

    List<RegistrationRow> registrations(long sittingId);

    /**
     * Sets the candidate's extra time (minutes, replacing any earlier grant). A running attempt's
     * deadline moves at once; a grant that would end a running attempt before now is refused.
     */
    RegistrationRow grantExtraTime(long sittingId, @NotNull AccountId candidate, int extraMinutes);

    /** Lets candidates see their results; refused while an attempt still runs. Releasing twice changes nothing. */
    Sitting releaseResults(long sittingId);

    /** Records the essay mark of a submitted attempt (from essay review) and settles its outcome. */
    void recordEssayPoints(long attemptId, @NotNull BigDecimal points);

    /** Every attempt of the sitting with its items, for item analysis. */
    List<Attempt> attempts(long sittingId);

    /** The answers saved in an attempt, by the attempt item they answer. */
    List<Answer> answers(Attempt attempt);
}
