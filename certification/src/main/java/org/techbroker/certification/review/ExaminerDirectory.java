package org.techbroker.certification.review;

import java.util.List;
import java.util.Optional;
import org.techbroker.courses.shared.AccountId;

/**
 * What essay review needs to know about people, answered by the module that keeps accounts:
 * who may mark, and the organisation a candidate gave (for declared conflicts of interest).
 */
public interface ExaminerDirectory {

    /** Every enabled account that may mark essays, chief examiners flagged. */
    List<Examiner> examiners();

    /** The organisation the candidate named in their profile, if any. */
    Optional<String> organisation(AccountId candidate);

    /** An account that may mark essays. */
    record Examiner(AccountId id, boolean chief) {}
}
