package org.techbroker.certification.review;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.courses.shared.AccountId;

/**
 * What an examiner does: reads their work list, marks scripts (drafts, then the submission) and
 * declares conflicts of interest. A marking held by someone else does not exist for the caller.
 */
public interface MarkingService {

    /** The examiner's markings of every role, newest first; withdrawn ones are gone from it. */
    List<AssignmentSummary> assignments(@NotNull AccountId examiner);

    AssignmentView assignment(@NotNull AccountId examiner, long markingId);

    /**
     * Saves a draft or submits. Refused when the version read is stale, when the marking is
     * submitted or was reassigned, when calibration comes first, or when a mark is out of range;
     * a submission needs every criterion marked (and a reason, for decisions).
     */
    AssignmentView saveMarks(@NotNull AccountId examiner, long markingId, @NotNull MarksInput input);

    /** The sitting's agreement figures with the examiner's own line only: an examiner sees their own. */
    AgreementReport statistics(@NotNull AccountId examiner, long sittingId);

    List<ConflictDeclaration> conflicts(@NotNull AccountId examiner);

    /** Declares an organisation; the examiner's open markings of its members pass to others. */
    ConflictDeclaration declareOrganisation(@NotNull AccountId examiner, @NotNull String organisation);

    /** Declares a named candidate; the examiner's open markings of their scripts pass to others. */
    ConflictDeclaration declareCandidate(@NotNull AccountId examiner, @NotNull AccountId candidate);

    /** Withdraws a declaration; markings already passed on stay where they are. */
    void withdrawConflict(@NotNull AccountId examiner, long declarationId);
}
