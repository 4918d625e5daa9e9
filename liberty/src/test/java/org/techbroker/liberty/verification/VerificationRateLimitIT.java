package org.techbroker.liberty.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;
import static org.techbroker.liberty.verification.VerificationCalls.lookup;

import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.support.ApiClient;

/**
 * The per-address limit of anonymous lookups (60 a minute by default), and an API key lifting the
 * caller to its own limit. One test, since it spends this address's allowance for a minute; the
 * deployment is its own, so the buckets start full.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerificationRateLimitIT {

    static final int ANONYMOUS_PER_MINUTE = 60;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VerificationCalls.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousLookupsAreLimitedPerAddressAndAKeyLiftsTheLimit() {
        VerificationCalls calls = new VerificationCalls(base);
        String key = calls.newKey();
        String number = calls.certificate().getString("number");
        String unknown = new CertificateNumber(2095, QualificationLevel.JUNIOR, 1).value();
        ApiClient anonymous = new ApiClient(base);

        int allowed = 0;
        HttpResponse<String> refused = null;
        for (int i = 0; i < ANONYMOUS_PER_MINUTE + 5 && refused == null; i++) {
            // Hits, misses and malformed numbers all count.
            String asked = i % 3 == 0 ? number : i % 3 == 1 ? unknown : "TB-nonsense";
            HttpResponse<String> response = lookup(anonymous, asked, null);
            if (response.statusCode() == 429) {
                refused = response;
            } else {
                assertThat(response.statusCode()).isIn(200, 400, 404);
                allowed++;
            }
        }

        assertThat(allowed).isBetween(ANONYMOUS_PER_MINUTE, ANONYMOUS_PER_MINUTE + 1);
        assertThat(refused).as("the lookup past the limit").isNotNull();
        assertProblem(refused, 429, "too-many-requests");
        assertThat(refused.headers().firstValue("Retry-After"))
                .hasValueSatisfying(
                        seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));

        for (int i = 0; i < 100; i++) {
            assertThat(lookup(anonymous, number, key).statusCode())
                    .as("lookup %d with a key", i)
                    .isEqualTo(200);
        }
    }
}
