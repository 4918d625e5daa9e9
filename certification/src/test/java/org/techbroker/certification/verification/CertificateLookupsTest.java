package org.techbroker.certification.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.certification.registry.RegistryChanged;
import org.techbroker.certification.registry.RegistryEvent;
import org.techbroker.certification.verification.VerificationRepository.CertificateWithHistory;

/**
 * The lookup cache against a registry that changes on "another server": the cache answers from
 * memory until the history shows an event for the number, and forgets at once what this server
 * changed.
 */
class CertificateLookupsTest {

    private static final String NUMBER = "TB-2026-J-000123-2";
    private static final String OTHER = "TB-2026-J-000124-9";

    private final FakeRegistry registry = new FakeRegistry();
    private CertificateLookups lookups;

    @BeforeEach
    void setUp() {
        lookups = new CertificateLookups();
        lookups.repository = registry;
        lookups.settings = new VerificationSettings() {
            @Override
            public int lookupCacheSize() {
                return 1000;
            }
        };
        lookups.create();
    }

    @Test
    void readsThroughUntilItFollowsTheHistory() {
        registry.issue(NUMBER);

        lookups.find(NUMBER);
        lookups.find(NUMBER);

        assertThat(registry.loads).isEqualTo(2);
    }

    @Test
    void answersFromMemoryOnceFollowing() {
        registry.issue(NUMBER);
        lookups.follow();

        CertificateWithHistory first = lookups.find(NUMBER).orElseThrow();
        CertificateWithHistory second = lookups.find(NUMBER).orElseThrow();

        assertThat(second).isSameAs(first);
        assertThat(registry.loads).isEqualTo(1);
    }

    @Test
    void aChangeOnAnotherServerShowsAtTheNextFollow() {
        registry.issue(NUMBER);
        registry.issue(OTHER);
        lookups.follow();
        CertificateWithHistory before = lookups.find(NUMBER).orElseThrow();
        CertificateWithHistory other = lookups.find(OTHER).orElseThrow();

        registry.change(NUMBER, CertificateStatus.REVOKED);
        assertThat(lookups.find(NUMBER).orElseThrow())
                .as("until the history is read")
                .isSameAs(before);

        lookups.follow();

        assertThat(lookups.find(NUMBER).orElseThrow().events()).hasSize(2);
        assertThat(lookups.find(OTHER).orElseThrow())
                .as("untouched certificates stay")
                .isSameAs(other);
    }

    @Test
    void aChangeOnThisServerIsForgottenAtItsCommit() {
        registry.issue(NUMBER);
        lookups.follow();
        lookups.find(NUMBER);

        registry.change(NUMBER, CertificateStatus.SUSPENDED);
        lookups.forgetOnCommit(new RegistryChanged(NUMBER, 1));

        assertThat(lookups.find(NUMBER).orElseThrow().events()).hasSize(2);
    }

    @Test
    void aServerThatStoppedFollowingReadsThrough() throws InterruptedException {
        registry.issue(NUMBER);
        lookups.follow();
        lookups.find(NUMBER);

        // The history could not be read for more than a second (say, the database was away).
        Thread.sleep(1_100);
        registry.change(NUMBER, CertificateStatus.REVOKED);

        assertThat(lookups.find(NUMBER).orElseThrow().events()).hasSize(2);
    }

    @Test
    void anUnknownNumberIsRememberedUntilItIsIssued() {
        lookups.follow();
        assertThat(lookups.find(NUMBER)).isEmpty();
        assertThat(lookups.find(NUMBER)).isEmpty();
        assertThat(registry.loads).isEqualTo(1);

        registry.issue(NUMBER);
        lookups.follow();

        assertThat(lookups.find(NUMBER)).isPresent();
    }

    /** A registry of numbers and their events, with the history's sequence. */
    private static final class FakeRegistry implements VerificationRepository {

        private final Map<String, List<CertificateStatus>> statuses = new HashMap<>();
        private final List<String> history = new ArrayList<>();
        int loads;

        void issue(String number) {
            statuses.put(number, new ArrayList<>(List.of(CertificateStatus.ACTIVE)));
            history.add(number);
        }

        void change(String number, CertificateStatus status) {
            statuses.get(number).add(status);
            history.add(number);
        }

        @Override
        public Optional<CertificateWithHistory> certificateWithHistory(String number) {
            loads++;
            List<CertificateStatus> events = statuses.get(number);
            // The certificate itself does not matter to the cache; its events tell loads apart.
            return events == null
                    ? Optional.empty()
                    : Optional.of(new CertificateWithHistory(
                            null, java.util.Collections.nCopies(events.size(), (RegistryEvent) null)));
        }

        @Override
        public long lastEventSequence() {
            return history.size();
        }

        @Override
        public ChangesSince changesSince(long sequence) {
            Set<String> numbers = new HashSet<>(history.subList((int) sequence, history.size()));
            return new ChangesSince(numbers, history.size());
        }

        @Override
        public List<Integer> indexesWithStatus(long statusListId, Set<CertificateStatus> statuses) {
            return List.of();
        }

        @Override
        public Optional<Integer> statusListLength(long statusListId) {
            return Optional.empty();
        }

        @Override
        public void addAll(List<VerificationRecord> records) {}

        @Override
        public List<VerificationRecord> enterpriseChecksOf(long certificateId, int first, int size) {
            return List.of();
        }

        @Override
        public long countEnterpriseChecks(long certificateId) {
            return 0;
        }
    }
}
