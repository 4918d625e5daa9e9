package org.techbroker.app.verification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.verification.VerificationSettings;

class RateLimiterTest {

    RateLimiter limiter;

    @BeforeEach
    void setUp() {
        limiter = new RateLimiter();
        limiter.settings = new VerificationSettings() {
            @Override
            public int anonymousPerMinute() {
                return 3;
            }

            @Override
            public int trackedClients() {
                return 100;
            }
        };
        limiter.init();
    }

    @Test
    void anAddressGetsItsLimitThenWaits() {
        for (int i = 0; i < 3; i++) {
            assertThat(limiter.anonymous("192.0.2.1").allowed()).isTrue();
        }
        RateLimiter.Decision refused = limiter.anonymous("192.0.2.1");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isBetween(1L, 20L);
        assertThat(limiter.anonymous("192.0.2.2").allowed())
                .as("another address")
                .isTrue();
    }

    @Test
    void aKeyHasItsOwnBucketAndTakesOneLookupPerEntry() {
        for (int i = 0; i < 3; i++) {
            limiter.anonymous("192.0.2.3");
        }

        assertThat(limiter.key(7, 1000, 1).allowed()).isTrue();
        assertThat(limiter.key(7, 1000, 999).allowed()).isTrue();
        RateLimiter.Decision spent = limiter.key(7, 1000, 1);
        assertThat(spent.allowed()).isFalse();
        assertThat(spent.limit()).isEqualTo(1000);
        assertThat(limiter.key(8, 1000, 1000).allowed()).as("another key").isTrue();
    }

    @Test
    void moreLookupsThanTheLimitAreRefusedForAMinute() {
        RateLimiter.Decision refused = limiter.key(9, 10, 11);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfterSeconds()).isEqualTo(60);
        assertThat(limiter.key(9, 10, 10).allowed()).as("nothing was taken").isTrue();
    }
}
