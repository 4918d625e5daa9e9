package org.techbroker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.verification.BulkCheck;

class VerificationsBodyTest {

    static VerificationsBody.Parsed parse(String json, int max) {
        JsonValue body = Json.createReader(new StringReader(json)).readValue();
        return VerificationsBody.parse(body, max);
    }

    static String fields(VerificationsBody.Parsed parsed) {
        return String.join(
                ",",
                parsed.errors().stream().map(VerificationsBody.Error::field).toList());
    }

    @Test
    void readsNumbersAndOptionalNames() {
        VerificationsBody.Parsed parsed = parse(
                "{\"certificates\":[{\"number\":\"TB-2026-J-000123-7\",\"holderName\":\"Zhang Wei\"},"
                        + "{\"number\":\"nonsense\"},{\"number\":\"TB-2026-J-000124-3\",\"holderName\":null}]}",
                1000);

        assertThat(parsed.isValid()).isTrue();
        assertThat(parsed.entries())
                .containsExactly(
                        new BulkCheck.Entry("TB-2026-J-000123-7", "Zhang Wei"),
                        new BulkCheck.Entry("nonsense", null),
                        new BulkCheck.Entry("TB-2026-J-000124-3", null));
    }

    @Test
    void refusesWhatIsNotAListOfEntries() {
        assertThat(fields(parse("[]", 10))).isEqualTo("body");
        assertThat(fields(parse("{}", 10))).isEqualTo("certificates");
        assertThat(fields(parse("{\"certificates\":{}}", 10))).isEqualTo("certificates");
        assertThat(fields(parse("{\"certificates\":[],\"more\":1}", 10))).isEqualTo("more,certificates");
        assertThat(fields(parse("{\"certificates\":[\"TB-2026-J-000123-7\"]}", 10)))
                .isEqualTo("certificates[0]");
    }

    @Test
    void namesEachWrongMemberOfAnEntry() {
        VerificationsBody.Parsed parsed = parse(
                "{\"certificates\":[{\"number\":\"TB-2026-J-000123-7\"},{\"number\":7,\"name\":\"x\"},"
                        + "{\"holderName\":[]}]}",
                10);

        assertThat(parsed.entries()).isEmpty();
        assertThat(fields(parsed))
                .isEqualTo("certificates[1].name,certificates[1].number,certificates[2].number,"
                        + "certificates[2].holderName");
    }

    @Test
    void refusesAnEmptyListAndOneLongerThanTheLimit() {
        JsonArrayBuilder many = Json.createArrayBuilder();
        for (int i = 0; i < 1001; i++) {
            many.add(Json.createObjectBuilder().add("number", "TB-2026-J-000123-7"));
        }
        String tooMany =
                Json.createObjectBuilder().add("certificates", many).build().toString();

        assertThat(parse(tooMany, 1001).isValid()).isTrue();
        VerificationsBody.Parsed refused = parse(tooMany, 1000);
        assertThat(fields(refused)).isEqualTo("certificates");
        assertThat(refused.errors().get(0).key()).isEqualTo("verification.error.count");
        assertThat(refused.errors().get(0).arguments()).containsExactly(1000);
        assertThat(fields(parse("{\"certificates\":[]}", 1000))).isEqualTo("certificates");
    }

    @Test
    void refusesOverlongTexts() {
        String longName = "x".repeat(VerificationsBody.TEXT_MAX + 1);
        assertThat(fields(parse(
                        "{\"certificates\":[{\"number\":\"TB-2026-J-000123-7\",\"holderName\":\"" + longName + "\"}]}",
                        10)))
                .isEqualTo("certificates[0].holderName");
    }
}
