package org.techbroker.certification.verification;

/** How a certificate was checked: the single lookup of the API, the public page, or a bulk check. */
public enum VerificationChannel {
    API,
    PAGE,
    BULK
}
