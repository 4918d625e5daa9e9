package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The review's configuration: thresholds a training centre may set for itself. */
@ApplicationScoped
public class ReviewSettings {

    @Inject
    @ConfigProperty(name = "techbroker.review.divergence-percent")
    int divergencePercent;

    @Inject
    @ConfigProperty(name = "techbroker.review.appeal-days")
    int appealDays;

    @Inject
    @ConfigProperty(name = "techbroker.review.similarity-threshold")
    double similarityThreshold;

    /** The divergence threshold of prompts a chief examiner has not set, in percent of the maximum. */
    public int divergencePercent() {
        return divergencePercent;
    }

    /** How long after the release of results a candidate may appeal an essay mark. */
    public int appealDays() {
        return appealDays;
    }

    /** The Jaccard similarity from which two essays of a sitting are flagged. */
    public double similarityThreshold() {
        return similarityThreshold;
    }
}
