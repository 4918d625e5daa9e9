package org.techbroker.certification.registry.infrastructure;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.techbroker.certification.registry.CertificateContent;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Certificates per second on one thread: rendered and signed (what issuance does), rendered only
 * (the baseline, same run) and signature checks of a signed file (what the verification page's
 * upload does). Not a test: run it with the {@code certificate-benchmark} profile of the
 * certification module (see docs/certificate-benchmarks.md). After a warm-up the three are measured
 * in turns, several rounds, so that a slow patch of a shared machine hits all of them alike. Each
 * rate is given twice: by the wall clock, and by the benchmark thread's own CPU time (what one
 * core achieves when other processes share the machine; the load average is printed alongside).
 *
 * <p>System properties: {@code bench.warmup-seconds} (default 20), {@code bench.seconds} per
 * measurement (default 10), {@code bench.rounds} (default 3).
 */
public final class CertificateSigningBenchmark {

    private static final String[][] NAMES = {
        {"李明", "LI Ming"},
        {"王秀英", "WANG Xiuying"},
        {"欧阳娜娜", "OUYANG Nana"},
        {"张伟", "ZHANG Wei"},
        {"陈静怡", "CHEN Jingyi"},
        {"刘洋", "LIU Yang"},
        {"赵丽颖", "ZHAO Liying"},
        {"黄志强", "HUANG Zhiqiang"}
    };

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static volatile long sink;

    private CertificateSigningBenchmark() {}

    public static void main(String[] args) {
        long warmup = Long.getLong("bench.warmup-seconds", 20);
        long seconds = Long.getLong("bench.seconds", 10);
        long rounds = Long.getLong("bench.rounds", 3);

        ITextCertificateDocuments documents =
                new ITextCertificateDocuments(SigningKey.selfSigned("Techbroker benchmark signer"));
        byte[] signedSample = documents.render(content(0));
        IntFunction<byte[]> signed = i -> documents.render(content(i));
        IntFunction<byte[]> unsigned = i -> documents.layout(content(i));
        IntFunction<byte[]> check = i -> {
            if (!documents.checkSignature(signedSample).valid()) {
                throw new IllegalStateException("The sample no longer checks");
            }
            return signedSample;
        };

        System.out.printf(
                Locale.ROOT,
                "Java %s (%s), %d processor(s) visible, max heap %d MB%n",
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf(
                Locale.ROOT,
                "signed certificate: %d bytes, unsigned: %d bytes; key %s%n",
                signedSample.length,
                unsigned.apply(0).length,
                documents.key().certificate().getPublicKey().getAlgorithm() + " "
                        + documents.key().certificate().getSigAlgName());

        System.out.printf(Locale.ROOT, "warm-up: %d s%n", warmup);
        long warmEnd = System.nanoTime() + warmup * 1_000_000_000L;
        int i = 0;
        while (System.nanoTime() < warmEnd) {
            sink += signed.apply(i).length + unsigned.apply(i).length + check.apply(i).length;
            i++;
        }

        List<double[]> results = new ArrayList<>();
        System.out.println("load average before: " + loadAverage());
        System.out.println("round | unsigned /s (CPU) | signed /s (CPU) | signature checks /s (CPU)");
        for (int round = 1; round <= rounds; round++) {
            double[] u = rate(unsigned, seconds);
            double[] s = rate(signed, seconds);
            double[] c = rate(check, seconds);
            results.add(new double[] {u[0], u[1], s[0], s[1], c[0], c[1]});
            System.out.printf(
                    Locale.ROOT, "%5d | %s | %s | %s%n", round, pair(u[0], u[1]), pair(s[0], s[1]), pair(c[0], c[1]));
        }
        System.out.printf(
                Locale.ROOT,
                "median | %s | %s | %s%n",
                pair(median(results, 0), median(results, 1)),
                pair(median(results, 2), median(results, 3)),
                pair(median(results, 4), median(results, 5)));
        System.out.println("load average after: " + loadAverage());
    }

    private static String pair(double wall, double cpu) {
        return String.format(Locale.ROOT, "%7.1f (%6.1f)", wall, cpu);
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Operations per second by the wall clock and by this thread's CPU time. */
    private static double[] rate(IntFunction<byte[]> work, long seconds) {
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        int count = 0;
        long now;
        do {
            sink += work.apply(count).length;
            count++;
            now = System.nanoTime();
        } while (now < end);
        long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
        return new double[] {count / ((now - start) / 1e9), count / (cpu / 1e9)};
    }

    private static double median(List<double[]> results, int column) {
        double[] values =
                results.stream().mapToDouble(row -> row[column]).sorted().toArray();
        int middle = values.length / 2;
        return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
    }

    /** A different holder, number and set of tracks each time, so the font subsets differ. */
    private static CertificateContent content(int i) {
        String[] name = NAMES[Math.floorMod(i, NAMES.length)];
        QualificationLevel level = QualificationLevel.values()[Math.floorMod(i, 3)];
        String number = "TB-2026-%c-%06d-0".formatted(level.code(), Math.floorMod(i, 1_000_000));
        EnumSet<Track> tracks = EnumSet.noneOf(Track.class);
        for (Track track : Track.values()) {
            if (((i >> track.ordinal()) & 1) == 1) {
                tracks.add(track);
            }
        }
        LocalDate issued = LocalDate.of(2026, 1, 1).plusDays(Math.floorMod(i, 365));
        return new CertificateContent(
                number,
                level,
                tracks,
                new HolderNames(name[0], name[1]),
                issued,
                issued.plusYears(3),
                URI.create("https://techbroker.example.org/verify/" + number));
    }
}
