package org.techbroker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonStructure;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.exam.AnswerInput;

class AnswerBodyTest {

    /** Messages by key, so that tests see which message was chosen without reading the bundles. */
    private final Problems problems = new Problems() {
        @Override
        public String message(String key, Object... arguments) {
            return key;
        }
    };

    private AnswerBody.Reading read(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            JsonStructure body = reader.read();
            return AnswerBody.read(body, problems);
        }
    }

    private static List<String> fields(AnswerBody.Reading reading) {
        return reading.errors().stream().map(Problem.FieldError::field).toList();
    }

    @Test
    void readsEachOfTheThreeKindsOfAnswer() {
        assertThat(read("{\"selected\": [12, 7]}").answer()).isEqualTo(new AnswerInput.Selected(List.of(7L, 12L)));
        assertThat(read("{\"selected\": []}").answer()).isEqualTo(new AnswerInput.Selected(List.of()));
        assertThat(read("{\"value\": 2.50}").answer()).isEqualTo(new AnswerInput.NumericValue(new BigDecimal("2.5")));
        assertThat(read("{\"text\": \"技术合同\"}").answer()).isEqualTo(new AnswerInput.EssayText("技术合同"));
        assertThat(read("{\"text\": \"技术合同\"}").member()).isEqualTo("text");
    }

    @Test
    void wantsExactlyOneMember() {
        assertThat(fields(read("{}"))).containsExactly("body");
        assertThat(fields(read("{\"selected\": [1], \"value\": 1}"))).containsExactly("body");
        assertThat(fields(read("{\"selected\": [1], \"value\": 1, \"text\": \"a\"}")))
                .containsExactly("body");
        assertThat(fields(read("[1]"))).containsExactly("body");
    }

    @Test
    void namesUnknownMembers() {
        AnswerBody.Reading reading = read("{\"selected\": [1], \"colour\": \"red\"}");

        assertThat(reading.isValid()).isFalse();
        assertThat(reading.answer()).isNull();
        assertThat(fields(reading)).containsExactly("colour");
    }

    @Test
    void namesAMemberOfTheWrongType() {
        assertThat(fields(read("{\"selected\": \"1\"}"))).containsExactly("selected");
        assertThat(fields(read("{\"selected\": [\"1\"]}"))).containsExactly("selected");
        assertThat(fields(read("{\"selected\": [1.5]}"))).containsExactly("selected");
        assertThat(fields(read("{\"selected\": [99999999999999999999]}"))).containsExactly("selected");
        assertThat(fields(read("{\"selected\": null}"))).containsExactly("selected");
        assertThat(fields(read("{\"value\": \"2400000\"}"))).containsExactly("value");
        assertThat(fields(read("{\"value\": null}"))).containsExactly("value");
        assertThat(fields(read("{\"text\": 5}"))).containsExactly("text");
    }

    @Test
    void anEssayMayHaveSixtyThousandCharactersCountedAsCodePoints() {
        String longest = "论".repeat(AnswerInput.EssayText.MAX_LENGTH - 1) + "😀";

        assertThat(read("{\"text\": \"" + longest + "\"}").isValid()).isTrue();
        assertThat(read("{\"text\": \"" + longest + "论\"}").errors())
                .extracting(Problem.FieldError::message)
                .containsExactly("exam.error.answer_text_too_long");
    }
}
