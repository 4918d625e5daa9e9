package org.techbroker.certification.verification;

import java.time.Instant;
import org.techbroker.courses.shared.AccountId;

/**
 * Checks of a holder's certificate by an enterprise within one window of the log: which enterprise
 * account, when first and last, how many, and how.
 */
public record EnterpriseCheck(
        AccountId enterprise, Instant firstCheckedAt, Instant lastCheckedAt, int count, VerificationChannel channel) {}
