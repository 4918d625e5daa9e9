package org.techbroker.app.api;

import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.MarksInput;

/**
 * Reads the body of a marks save: {@code version} as last read (required), {@code criteria} with
 * {@code criterionId}, {@code points} and {@code feedback}, {@code overallFeedback}, {@code reason}
 * and {@code submit}. Whether points fit the rubric is the marking service's to decide; this only
 * makes sure that the body says something it can decide on, so that a body of the wrong shape is
 * refused before anything is saved.
 */
final class MarksBody {

    static final String VERSION = "version";
    static final String CRITERIA = "criteria";
    static final String CRITERION_ID = "criterionId";
    static final String POINTS = "points";
    static final String FEEDBACK = "feedback";
    static final String OVERALL_FEEDBACK = "overallFeedback";
    static final String REASON = "reason";
    static final String SUBMIT = "submit";

    /** Either the input, or what is wrong with the body. */
    record Reading(MarksInput input, JsonBody body) {

        boolean isValid() {
            return body.isValid();
        }
    }

    private MarksBody() {}

    static Reading read(JsonStructure json, Problems problems) {
        JsonBody body = JsonBody.read(json, problems, VERSION, CRITERIA, OVERALL_FEEDBACK, REASON, SUBMIT);
        Long version = body.wholeNumber(VERSION, true);
        List<CriterionMark> marks = new ArrayList<>();
        List<JsonValue> criteria = body.list(CRITERIA);
        for (int i = 0; i < criteria.size(); i++) {
            JsonBody element =
                    body.nested(criteria.get(i), body.field(CRITERIA) + "[" + i + "]", CRITERION_ID, POINTS, FEEDBACK);
            Long criterionId = element.wholeNumber(CRITERION_ID, true);
            BigDecimal points = element.number(POINTS);
            String feedback = element.text(FEEDBACK, false);
            if (criterionId != null) {
                marks.add(new CriterionMark(criterionId, points, feedback));
            }
        }
        String overallFeedback = body.text(OVERALL_FEEDBACK, false);
        String reason = body.text(REASON, false);
        boolean submit = body.flag(SUBMIT);
        if (!body.isValid()) {
            return new Reading(null, body);
        }
        return new Reading(new MarksInput(version, marks, overallFeedback, reason, submit), body);
    }
}
