package org.techbroker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.review.CriterionMark;
import org.techbroker.certification.review.MarksInput;

class MarksBodyTest {

    /** Messages by key, so that tests see which message was chosen without reading the bundles. */
    private final Problems problems = new Problems() {
        @Override
        public String message(String key, Object... arguments) {
            return key;
        }
    };

    private MarksBody.Reading read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return MarksBody.read(reader.read(), problems);
        }
    }

    private List<String> fields(String json) {
        MarksBody.Reading reading = read(json);
        assertThat(reading.isValid()).as(json).isFalse();
        assertThat(reading.input()).isNull();
        return reading.body().errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void readsAFullSubmission() {
        MarksBody.Reading reading = read("{\"version\": 3, \"criteria\": ["
                + "{\"criterionId\": 11, \"points\": 20, \"feedback\": \"清楚\"},"
                + "{\"criterionId\": 12, \"points\": null}],"
                + "\"overallFeedback\": \"Good\", \"reason\": \"Marks diverged\", \"submit\": true}");

        assertThat(reading.isValid()).isTrue();
        assertThat(reading.input())
                .isEqualTo(new MarksInput(
                        3,
                        List.of(new CriterionMark(11, new BigDecimal("20"), "清楚"), new CriterionMark(12, null, null)),
                        "Good",
                        "Marks diverged",
                        true));
    }

    @Test
    void aDraftNeedsOnlyTheVersion() {
        MarksBody.Reading reading = read("{\"version\": 0}");

        assertThat(reading.input()).isEqualTo(new MarksInput(0, List.of(), null, null, false));
    }

    @Test
    void theVersionIsRequiredAndWhole() {
        assertThat(fields("{}")).containsExactly("version");
        assertThat(fields("{\"version\": null}")).containsExactly("version");
        assertThat(fields("{\"version\": \"3\"}")).containsExactly("version");
        assertThat(fields("{\"version\": 2.5}")).containsExactly("version");
        assertThat(fields("{\"version\": 99999999999999999999}")).containsExactly("version");
    }

    @Test
    void namesEachWrongMemberOfTheCriteria() {
        assertThat(fields("{\"version\": 1, \"criteria\": {\"criterionId\": 1}}"))
                .containsExactly("criteria");
        assertThat(fields("{\"version\": 1, \"criteria\": [5]}")).containsExactly("criteria[0]");
        assertThat(fields("{\"version\": 1, \"criteria\": [{\"points\": 5}, {\"criterionId\": \"2\"}]}"))
                .containsExactly("criteria[0].criterionId", "criteria[1].criterionId");
        assertThat(fields("{\"version\": 1, \"criteria\": [{\"criterionId\": 1, \"points\": \"five\"}]}"))
                .containsExactly("criteria[0].points");
        assertThat(fields("{\"version\": 1, \"criteria\": [{\"criterionId\": 1, \"feedback\": 7, \"colour\": 1}]}"))
                .containsExactly("criteria[0].colour", "criteria[0].feedback");
    }

    @Test
    void namesUnknownAndMistypedMembersOfTheBody() {
        assertThat(fields("[1]")).containsExactly("body");
        assertThat(fields("{\"version\": 1, \"submit\": \"yes\", \"overallFeedback\": 1, \"reason\": [], \"x\": 0}"))
                .containsExactly("overallFeedback", "reason", "submit", "x");
    }

    @Test
    void leavesThePointsRangeToTheMarkingService() {
        MarksBody.Reading reading = read("{\"version\": 1, \"criteria\": [{\"criterionId\": 1, \"points\": 26.5}]}");

        assertThat(reading.isValid()).isTrue();
        assertThat(reading.input().criteria().get(0).points()).contains(new BigDecimal("26.5"));
    }
}
