package org.techbroker.certification.review.agreement;

import java.util.List;

/**
 * Examiner agreement for a sitting: overall, and per examiner sorted by account id value.
 */
public record AgreementReport(AgreementSummary sitting, List<ExaminerAgreement> examiners) {

    public AgreementReport {
        examiners = List.copyOf(examiners);
    }
}
