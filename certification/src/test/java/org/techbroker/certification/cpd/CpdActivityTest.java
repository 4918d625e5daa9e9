package org.techbroker.certification.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.CertificationException;
import org.techbroker.courses.shared.AccountId;

class CpdActivityTest {

    private static final Instant NOW = Instant.parse("2026-11-27T08:00:00Z");
    private static final AccountId HOLDER = new AccountId(7L);
    private static final AccountId ADMIN = new AccountId(1L);

    private static CpdActivity entry(boolean audited) {
        return CpdActivity.logged(
                HOLDER,
                3L,
                CpdCategory.SPEAKING,
                "Panel on licensing",
                LocalDate.of(2026, 11, 1),
                new BigDecimal("2"),
                new BigDecimal("6"),
                audited,
                NOW);
    }

    @Test
    void anAuditedEntryNeedsEvidenceBeforeApproval() {
        CpdActivity activity = entry(true);
        assertThatThrownBy(() -> activity.approve(ADMIN, NOW))
                .isInstanceOf(CertificationException.class)
                .extracting(e -> ((CertificationException) e).messageKey())
                .isEqualTo("cpd.error.audit_needs_evidence");
        activity.attachEvidence("slides.pdf", "application/pdf", "ab".repeat(32));
        activity.approve(ADMIN, NOW);
        assertThat(activity.state()).isEqualTo(CpdState.APPROVED);
    }

    @Test
    void anEntryIsDecidedOnce() {
        CpdActivity activity = entry(false);
        activity.reject(ADMIN, NOW, "No such event");
        assertThat(activity.state()).isEqualTo(CpdState.REJECTED);
        assertThat(activity.rejectReason()).contains("No such event");
        assertThatThrownBy(() -> activity.approve(ADMIN, NOW)).isInstanceOf(CertificationException.class);
    }

    @Test
    void aCompletedCourseIsApprovedAtOnce() {
        CpdActivity activity = CpdActivity.courseCompleted(
                HOLDER,
                null,
                "TB-101",
                "Licensing basics",
                LocalDate.of(2026, 11, 2),
                BigDecimal.TEN,
                BigDecimal.TEN,
                NOW);
        assertThat(activity.state()).isEqualTo(CpdState.APPROVED);
        assertThat(activity.category()).isEqualTo(CpdCategory.COURSE);
        assertThat(activity.source()).isEqualTo(CpdSource.TECHBROKER_COURSE);
        assertThat(activity.certificateId()).isEmpty();
    }
}
