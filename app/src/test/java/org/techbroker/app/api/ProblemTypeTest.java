package org.techbroker.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemTypeTest {

    @Test
    void everyTypeHasItsOwnUri() {
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri)).doesNotHaveDuplicates();
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::titleKey))
                .doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(ProblemType.class)
    void uriIsAStableUrnAndTheTitleIsABundleKey(ProblemType type) {
        assertThat(type.uri()).matches("urn:techbroker:problem:[a-z]+(-[a-z]+)*");
        String slug = type.uri().substring("urn:techbroker:problem:".length());
        assertThat(type.titleKey()).isEqualTo("api.problem." + slug + ".title");
        assertThat(type.status().getStatusCode()).isBetween(400, 599);
    }

    @Test
    void slugsFollowTheConstantNames() {
        assertThat(ProblemType.PAYLOAD_TOO_LARGE.uri()).isEqualTo("urn:techbroker:problem:payload-too-large");
        assertThat(ProblemType.CSRF_TOKEN_MISSING.uri()).isEqualTo("urn:techbroker:problem:csrf-token-missing");
    }

    @ParameterizedTest
    @CsvSource({
        "400, INVALID_REQUEST",
        "401, UNAUTHENTICATED",
        "403, FORBIDDEN",
        "404, NOT_FOUND",
        "405, METHOD_NOT_ALLOWED",
        "406, NOT_ACCEPTABLE",
        "409, CONFLICT",
        "413, PAYLOAD_TOO_LARGE",
        "415, UNSUPPORTED_MEDIA_TYPE",
        "429, TOO_MANY_REQUESTS",
        "500, INTERNAL_ERROR",
        "503, UNAVAILABLE"
    })
    void mapsAStatusToItsGenericType(int status, ProblemType expected) {
        assertThat(ProblemType.forStatus(status)).isEqualTo(expected);
        assertThat(expected.status().getStatusCode()).isEqualTo(status);
    }

    @ParameterizedTest
    @CsvSource({
        "410, INVALID_REQUEST",
        "418, INVALID_REQUEST",
        "422, INVALID_REQUEST",
        "501, INTERNAL_ERROR",
        "502, INTERNAL_ERROR",
        "504, INTERNAL_ERROR"
    })
    void mapsOtherStatusesByTheirClass(int status, ProblemType expected) {
        assertThat(ProblemType.forStatus(status)).isEqualTo(expected);
    }
}
