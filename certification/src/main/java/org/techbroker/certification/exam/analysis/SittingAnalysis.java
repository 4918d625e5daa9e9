package org.techbroker.certification.exam.analysis;

/** The item analysis of sittings, for administrators and chief examiners. */
public interface SittingAnalysis {

    /**
     * Analyses the sitting's submitted attempts as they stand now; attempts still running are
     * counted and left out. A sitting without submitted attempts gives a report without items.
     *
     * @throws org.techbroker.certification.CertificationException NOT_FOUND for an unknown sitting
     */
    SittingItemAnalysis analyse(long sittingId);
}
