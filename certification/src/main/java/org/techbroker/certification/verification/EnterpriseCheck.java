package org.techbroker.certification.verification;

import java.time.Instant;
import org.techbroker.courses.shared.AccountId;

/** A check of a holder's certificate by an enterprise: which enterprise account, when, and how. */
public record EnterpriseCheck(AccountId enterprise, Instant checkedAt, VerificationChannel channel) {}
