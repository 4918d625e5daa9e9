package org.techbroker.certification.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.techbroker.certification.registry.CertificateStatus;
import org.techbroker.courses.shared.AccountId;

/**
 * The verification log's tallies: checks of one certificate by one verifier through one channel
 * within a window become one row with the count; a window is written only once it has closed
 * (or at shutdown); no check is lost or counted twice while writes and checks run at once.
 */
class VerificationLogTest {

    private static final String NUMBER = "TB-2026-J-000123-2";
    private static final String OTHER = "TB-2026-J-000124-9";
    private static final Verifier ENTERPRISE = Verifier.byKey(new AccountId(7), 70);

    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-27T10:00:00.250Z"));
    private final Rows rows = new Rows();
    private int pendingMax = 1000;
    private VerificationLog log;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        log = new VerificationLog();
        log.repository = rows;
        log.clock = clock;
        log.settings = new VerificationSettings() {
            @Override
            public Duration logWindow() {
                return Duration.ofSeconds(60);
            }

            @Override
            public int logPendingMax() {
                return pendingMax;
            }
        };
    }

    @AfterEach
    void tearDown() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    @Test
    void checksOfOneCertificateByOneVerifierThroughOneChannelMakeOneRow() {
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        clock.advance(Duration.ofSeconds(20));
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        clock.advance(Duration.ofSeconds(20));
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);

        assertThat(log.flushAll()).isEqualTo(1);

        VerificationRecord row = rows.written.get(0);
        assertThat(row.checkCount()).isEqualTo(3);
        assertThat(row.checkedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(row.lastCheckedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:40Z"));
        assertThat(row.certificateId()).isEqualTo(1);
        assertThat(row.certificateNumber()).isEqualTo(NUMBER);
        assertThat(row.enterprise()).contains(new AccountId(7));
        assertThat(row.apiKeyId()).contains(70L);
        assertThat(row.channel()).isEqualTo(VerificationChannel.API);
        assertThat(log.pending()).isZero();
    }

    @Test
    void anotherCertificateVerifierOrChannelIsAnotherRow() {
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        log.count(2, OTHER, ENTERPRISE, VerificationChannel.API);
        log.count(1, NUMBER, Verifier.byKey(new AccountId(7), 71), VerificationChannel.API);
        log.count(1, NUMBER, Verifier.ANONYMOUS, VerificationChannel.API);
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.PAGE);
        log.count(1, NUMBER, Verifier.enterprise(new AccountId(7)), VerificationChannel.PAGE);

        assertThat(log.flushAll()).isEqualTo(6);
        assertThat(rows.written).allSatisfy(row -> assertThat(row.checkCount()).isEqualTo(1));
        assertThat(rows.written)
                .filteredOn(row -> row.enterprise().isEmpty())
                .singleElement()
                .satisfies(row -> assertThat(row.apiKeyId()).isEmpty());
    }

    @Test
    void aWindowIsWrittenOnlyOnceItHasClosed() {
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        clock.advance(Duration.ofSeconds(30));
        log.count(2, OTHER, ENTERPRISE, VerificationChannel.API);

        clock.advance(Duration.ofSeconds(29));
        assertThat(log.flush()).as("59 s after the first check").isZero();
        assertThat(log.pending()).isEqualTo(2);

        clock.advance(Duration.ofSeconds(1));
        assertThat(log.flush()).as("the first window has closed").isEqualTo(1);
        assertThat(rows.written.get(0).certificateNumber()).isEqualTo(NUMBER);

        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        assertThat(log.pending())
                .as("a check after the write opens a new window")
                .isEqualTo(2);
        clock.advance(Duration.ofSeconds(30));
        assertThat(log.flush()).isEqualTo(1);
        assertThat(rows.written.get(1).certificateNumber()).isEqualTo(OTHER);
        assertThat(log.flushAll()).as("at shutdown, whatever the window").isEqualTo(1);
        assertThat(log.pending()).isZero();
    }

    @Test
    void aFullLogDropsChecksThatWouldOpenATallyAndKeepsCountingOpenOnes() {
        pendingMax = 2;
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        log.count(2, OTHER, ENTERPRISE, VerificationChannel.API);

        log.count(3, "TB-2026-J-000125-5", ENTERPRISE, VerificationChannel.API);
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);

        assertThat(log.dropped()).isEqualTo(1);
        assertThat(log.flushAll()).isEqualTo(2);
        assertThat(rows.written)
                .filteredOn(row -> row.certificateId() == 1)
                .singleElement()
                .satisfies(row -> assertThat(row.checkCount()).isEqualTo(2));
    }

    @Test
    void aFailedWriteKeepsItsChecksForTheNextFlush() {
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        clock.advance(Duration.ofSeconds(60));
        rows.failNext = true;

        assertThatThrownBy(log::flush).isInstanceOf(IllegalStateException.class);
        assertThat(rows.written).isEmpty();
        assertThat(log.pending()).isEqualTo(1);

        clock.advance(Duration.ofSeconds(5));
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        assertThat(log.flush()).isEqualTo(1);
        VerificationRecord row = rows.written.get(0);
        assertThat(row.checkCount()).as("the two kept and the one since").isEqualTo(3);
        assertThat(row.checkedAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(row.lastCheckedAt()).isEqualTo(Instant.parse("2026-11-27T10:01:05Z"));
    }

    @Test
    void pastHalfItsLimitTheLogWritesBeforeTheWindowCloses() {
        pendingMax = 4;
        log.count(1, NUMBER, ENTERPRISE, VerificationChannel.API);
        log.count(2, OTHER, ENTERPRISE, VerificationChannel.API);
        assertThat(log.flush()).as("half full: windows still open").isZero();

        log.count(3, "TB-2026-J-000125-5", ENTERPRISE, VerificationChannel.API);

        assertThat(log.flush()).isEqualTo(3);
        assertThat(log.dropped()).isZero();
    }

    @Test
    void noCheckIsLostOrCountedTwiceWhileWritesRunAlongside() throws Exception {
        int workers = 4;
        int checksEach = 20_000;
        threads = Executors.newFixedThreadPool(workers + 1);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> counting = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            int worker = w;
            counting.add(threads.submit(() -> {
                start.await();
                for (int i = 0; i < checksEach; i++) {
                    long certificate = (i + worker) % 50;
                    log.count(certificate, NUMBER, ENTERPRISE, VerificationChannel.API);
                }
                return null;
            }));
        }
        Future<?> writing = threads.submit(() -> {
            start.await();
            while (counting.stream().anyMatch(f -> !f.isDone())) {
                log.flushAll();
            }
            return null;
        });

        start.countDown();
        for (Future<?> future : counting) {
            future.get(30, TimeUnit.SECONDS);
        }
        writing.get(30, TimeUnit.SECONDS);
        while (log.flushAll() > 0) {
            // the rest
        }

        long written =
                rows.written.stream().mapToLong(VerificationRecord::checkCount).sum();
        assertThat(written).isEqualTo((long) workers * checksEach);
        assertThat(log.dropped()).isZero();
    }

    /** A clock the test moves by hand. */
    private static final class SettableClock extends Clock {

        private volatile Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Keeps the rows written; only the log's write is used. */
    private static final class Rows implements VerificationRepository {

        final List<VerificationRecord> written = Collections.synchronizedList(new ArrayList<>());
        volatile boolean failNext;

        @Override
        public void addAll(List<VerificationRecord> records) {
            if (failNext) {
                failNext = false;
                throw new IllegalStateException("The database is away");
            }
            written.addAll(records);
        }

        @Override
        public Optional<CertificateWithHistory> certificateWithHistory(String number) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long lastEventSequence() {
            throw new UnsupportedOperationException();
        }

        @Override
        public ChangesSince changesSince(long sequence) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<Integer> indexesWithStatus(long statusListId, Set<CertificateStatus> statuses) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<Integer> statusListLength(long statusListId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<VerificationRecord> enterpriseChecksOf(long certificateId, int first, int size) {
            throw new UnsupportedOperationException();
        }

        @Override
        public long countEnterpriseChecks(long certificateId) {
            throw new UnsupportedOperationException();
        }
    }
}
