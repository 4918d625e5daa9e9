package org.techbroker.certification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.DomainException.Kind;

class CertificationExceptionTest {

    @Test
    void isADomainExceptionSoTheWebLayerMapsItLikeAnyOther() {
        DomainException failure = new CertificationException(Kind.CONFLICT, "certification.error.window_closed", 3);

        assertThat(failure.kind()).isEqualTo(Kind.CONFLICT);
        assertThat(failure.messageKey()).isEqualTo("certification.error.window_closed");
        assertThat(failure.arguments()).containsExactly(3);
    }
}
