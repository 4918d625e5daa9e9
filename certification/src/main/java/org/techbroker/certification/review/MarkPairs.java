package org.techbroker.certification.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.certification.review.agreement.AgreementStatistics;
import org.techbroker.certification.review.agreement.MarkPair;

/** The paired independent marks of a sitting, from which agreement statistics are computed. */
@ApplicationScoped
class MarkPairs {

    @Inject
    ReviewRepository reviews;

    AgreementReport report(long sittingId) {
        return AgreementStatistics.report(pairs(sittingId));
    }

    /** Scripts with both marks submitted, the earlier marking first; marks are whole points. */
    List<MarkPair> pairs(long sittingId) {
        Map<Long, List<Marking>> byScript = new LinkedHashMap<>();
        for (Marking marking : reviews.submittedMarkerMarkings(sittingId)) {
            byScript.computeIfAbsent(marking.script().id(), id -> new ArrayList<>())
                    .add(marking);
        }
        List<MarkPair> pairs = new ArrayList<>();
        for (List<Marking> markings : byScript.values()) {
            if (markings.size() == 2) {
                Marking first = markings.get(0);
                Marking second = markings.get(1);
                pairs.add(new MarkPair(
                        first.examiner().orElseThrow().value(),
                        first.totalPoints().orElseThrow().intValueExact(),
                        second.examiner().orElseThrow().value(),
                        second.totalPoints().orElseThrow().intValueExact(),
                        first.script().maxPoints()));
            }
        }
        return pairs;
    }
}
