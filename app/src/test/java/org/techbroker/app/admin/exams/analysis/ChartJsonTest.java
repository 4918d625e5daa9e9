package org.techbroker.app.admin.exams.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void nothingFromTheBankCanCloseTheScriptItIsWrittenInto() {
        JsonObject config = Json.createObjectBuilder()
                .add("label", "</script><script>alert(1)</script> & <!-- \u2028\u2029")
                .build();

        String script = ChartJson.forScript(config);

        assertThat(script)
                .doesNotContain("<")
                .doesNotContain(">")
                .doesNotContain("&")
                .doesNotContain("\u2028")
                .doesNotContain("\u2029")
                .contains("\\u003c/script\\u003e");
        // Still the same JSON: a parser reads back exactly the text that went in.
        assertThat(Json.createReader(new StringReader(script)).readObject()).isEqualTo(config);
    }

    @Test
    void ordinaryConfigurationsStayAsTheyAre() {
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createArrayBuilder().add(1).add(2.5))
                .add("title", "选项 A（答案）")
                .build();

        assertThat(ChartJson.forScript(config)).isEqualTo(config.toString());
    }
}
