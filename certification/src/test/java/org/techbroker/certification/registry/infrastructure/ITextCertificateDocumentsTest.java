package org.techbroker.certification.registry.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.techbroker.certification.registry.CertificateContent;
import org.techbroker.certification.registry.CertificateDocuments.SignatureCheck;
import org.techbroker.certification.registry.HolderNames;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * Renders a certificate with a key of the test's own and checks it the way a reader would: with
 * poppler's {@code pdfsig}, {@code pdftotext} and {@code pdffonts} (Debian's poppler-utils, which CI
 * installs; the tests that need them are skipped where they are missing), and with the adapter's
 * own signature check.
 */
class ITextCertificateDocumentsTest {

    static final CertificateContent CONTENT = new CertificateContent(
            "TB-2026-J-000123-7",
            QualificationLevel.JUNIOR,
            EnumSet.of(Track.SERVICE, Track.REVIEW),
            new HolderNames("李明", "LI Ming"),
            LocalDate.of(2026, 11, 27),
            LocalDate.of(2029, 11, 27),
            URI.create("http://localhost:9080/verify/TB-2026-J-000123-7"));

    private static final char[] PASSWORD = "test-secret".toCharArray();

    @TempDir
    static Path folder;

    static ITextCertificateDocuments documents;

    static byte[] pdf;

    static Path file;

    @BeforeAll
    static void render() throws IOException {
        Path store = folder.resolve("registry.p12");
        SigningKey.selfSigned("Techbroker test registry").writePkcs12(store, PASSWORD, "registry");
        documents = new ITextCertificateDocuments(SigningKey.fromPkcs12(store, PASSWORD, "registry"));
        pdf = documents.render(CONTENT);
        file = Files.write(folder.resolve("certificate.pdf"), pdf);
    }

    @Test
    void popplerReportsTheSignatureValid() throws Exception {
        String report = poppler("pdfsig", file.toString());

        assertThat(report).contains("Signature #1").contains("Signature is Valid");
    }

    @Test
    void oneChangedByteInTheSignedContentBreaksTheSignature() throws Exception {
        byte[] altered = alteredCopy();
        Path alteredFile = Files.write(folder.resolve("altered.pdf"), altered);

        String report = poppler("pdfsig", alteredFile.toString());

        assertThat(report).contains("Signature #1").doesNotContain("Signature is Valid");
    }

    @Test
    void theTextHoldsBothNamesAndTheNumber() throws Exception {
        String text = poppler("pdftotext", "-enc", "UTF-8", file.toString(), "-");

        assertThat(text)
                .contains("李明")
                .contains("LI Ming")
                .contains("TB-2026-J-000123-7")
                .contains("技术经纪人证书")
                .contains("TECHNOLOGY BROKER CERTIFICATE")
                .contains("初级")
                .contains("Junior")
                .contains("服务方向、评审方向")
                .contains("2029-11-27")
                .contains("http://localhost:9080/verify/TB-2026-J-000123-7");
    }

    @Test
    void theChineseFontIsEmbeddedAsASubset() throws Exception {
        String fonts = poppler("pdffonts", file.toString());

        assertThat(fonts).contains("NotoSansSC");
        assertThat(fonts.lines().filter(line -> line.contains("NotoSansSC")))
                .allSatisfy(line -> assertThat(line).matches("[A-Z]{6}\\+NotoSansSC.*\\byes\\s+yes\\s+yes\\s+.*"));
        assertThat(pdf.length).isLessThan(400_000);
    }

    @Test
    void theRegistryCheckAcceptsTheFileAsIssued() {
        SignatureCheck check = documents.checkSignature(pdf);

        assertThat(check).isEqualTo(new SignatureCheck(true, true, true, true));
        assertThat(check.valid()).isTrue();
    }

    @Test
    void theRegistryCheckRejectsAChangedByte() {
        SignatureCheck check = documents.checkSignature(alteredCopy());

        assertThat(check.valid()).isFalse();
        assertThat(check.intact()).isFalse();
    }

    @Test
    void theRegistryCheckRejectsAnythingAppended() {
        byte[] longer = Arrays.copyOf(pdf, pdf.length + 12);
        System.arraycopy("\n% appended".getBytes(StandardCharsets.US_ASCII), 0, longer, pdf.length, 11);

        SignatureCheck check = documents.checkSignature(longer);

        assertThat(check.valid()).isFalse();
        assertThat(check.wholeDocument()).isFalse();
    }

    @Test
    void aPdfSignedWithAnotherKeyIsNotTheRegistrys() {
        byte[] forged =
                new ITextCertificateDocuments(SigningKey.selfSigned("Techbroker test registry")).render(CONTENT);

        SignatureCheck check = documents.checkSignature(forged);

        assertThat(check).isEqualTo(new SignatureCheck(true, true, true, false));
        assertThat(check.valid()).isFalse();
    }

    @Test
    void anythingElseIsNotSigned() {
        assertThat(documents.checkSignature(null)).isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(documents.checkSignature(new byte[0])).isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(documents.checkSignature("not a PDF at all".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(documents.checkSignature("%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(documents.checkSignature(Arrays.copyOf(pdf, pdf.length / 2))).isEqualTo(SignatureCheck.UNSIGNED);
        assertThat(documents.checkSignature(documents.layout(CONTENT))).isEqualTo(SignatureCheck.UNSIGNED);
    }

    @Test
    void aCertificateWithoutTracksStillRenders() {
        CertificateContent noTracks = new CertificateContent(
                "TB-2026-S-000001-3",
                QualificationLevel.SENIOR,
                EnumSet.noneOf(Track.class),
                new HolderNames("欧阳娜娜", "OUYANG Nana"),
                LocalDate.of(2026, 1, 2),
                LocalDate.of(2029, 1, 2),
                URI.create("https://registry.example.org/verify/TB-2026-S-000001-3"));

        assertThat(documents.checkSignature(documents.render(noTracks)).valid()).isTrue();
    }

    @Test
    void theDemoKeyIsGeneratedOnceAndKept() {
        Path store = folder.resolve("demo").resolve("demo-key.p12");

        SigningKey first = SigningKey.demo(store);
        SigningKey again = SigningKey.demo(store);

        assertThat(store).exists();
        assertThat(again.certificate()).isEqualTo(first.certificate());
        assertThat(first.certificate().getSubjectX500Principal().getName()).contains("demonstration");
    }

    @Test
    void theConfiguredKeyStoreIsReadWithItsOnlyKeyWhenNoAliasIsSet() {
        ITextCertificateDocuments configured = new ITextCertificateDocuments();
        configured.keystore = Optional.of(folder.resolve("registry.p12").toString());
        configured.keystorePassword = Optional.of(new String(PASSWORD));
        configured.keyAlias = Optional.empty();

        assertThat(configured.checkSignature(pdf).valid()).isTrue();
    }

    /** A copy with one character of the signature dictionary's location changed (inside the signed range). */
    private static byte[] alteredCopy() {
        byte[] copy = pdf.clone();
        byte[] marker = "Qualification Registry".getBytes(StandardCharsets.US_ASCII);
        int at = lastIndexOf(copy, marker);
        assertThat(at).as("the signature dictionary's location").isPositive();
        copy[at] = (byte) 'q';
        return copy;
    }

    private static int lastIndexOf(byte[] haystack, byte[] needle) {
        for (int i = haystack.length - needle.length; i >= 0; i--) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    /** Runs a poppler tool and returns what it printed; skips the test where poppler is missing. */
    private static String poppler(String tool, String... arguments) throws Exception {
        Path binary = Path.of("/usr/bin", tool);
        assumeTrue(Files.isExecutable(binary), tool + " (Debian's poppler-utils) is not installed");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output;
    }
}
