package org.techbroker.liberty.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.registry.CertificatePages.download;
import static org.techbroker.liberty.registry.CertificatePages.issue;
import static org.techbroker.liberty.registry.CertificatePages.person;
import static org.techbroker.liberty.registry.CertificatePages.signedIn;
import static org.techbroker.liberty.registry.CertificatePages.upload;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.certification.registry.CertificateNumber;
import org.techbroker.courses.shared.QualificationLevel;
import org.techbroker.liberty.registry.CertificatePages.Issued;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.RegistrySeeds;

/**
 * The public verification page from outside, without an account: a certificate's address (where
 * its QR code leads) shows its status, facts and public history and nothing internal; a typed
 * number is sent to the certificate's own address; a malformed number, a wrong check digit and an
 * unknown number are each said in the reader's language; a signed-in enterprise's lookup on the
 * page is among the holder's checks (an anonymous one is logged but not listed); and an uploaded
 * file is recognised as the very one issued, or refused as altered, not a PDF, empty or too large.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class VerifyPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return CertificatePages.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void theCertificatesAddressShowsItsStatusFactsAndPublicHistoryButNothingInternal() {
        Issued issued = issue(base, "Internal reason rs-" + System.nanoTime());
        ApiClient anyone = new ApiClient(base);

        HttpResponse<String> page = anyone.get("/verify/" + issued.number());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("class=\"certificate-status status-active\"")
                .containsPattern("id=\"statusValue\">Active<")
                .contains("This certificate is valid today.")
                .contains(
                        issued.number(),
                        issued.holder().nameZh(),
                        issued.holder().nameLatin())
                .contains("Junior", "Service", "Review")
                .contains(LocalDate.now().getYear() + "-")
                .containsPattern("class=\"event-type\">Issued<")
                .doesNotContain(
                        "Internal reason rs-", issued.admin(), issued.holder().username());

        HttpResponse<String> chinese = new ApiClient(base).speaking("zh-CN").get("/verify/" + issued.number());
        assertThat(chinese.body()).containsPattern("id=\"statusValue\">有效<").contains("该证书今日有效");
    }

    @Test
    void aSignedInEnterprisesLookupOnThePageIsAmongTheHoldersChecks() {
        Issued issued = issue(base, "Checked on the page");
        assertThat(new ApiClient(base).get("/verify/" + issued.number()).statusCode())
                .isEqualTo(200);
        ApiClient enterprise = signedIn(base, person(base, "ENTERPRISE"), "en");

        HttpResponse<String> page = enterprise.get("/verify/" + issued.number());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .containsPattern("id=\"statusValue\">Active<")
                .contains(issued.holder().nameLatin())
                .containsPattern("class=\"event-type\">Issued<");
        ApiClient holder = signedIn(base, issued.holder(), "en");
        JsonArray checks = checksLogged(base, holder, issued.number());
        assertThat(checks)
                .as("the enterprise's check only, not the anonymous one")
                .hasSize(1);
        JsonObject check = checks.getJsonObject(0);
        assertThat(check.getString("channel")).isEqualTo("PAGE");
        assertThat(check.getString("enterprise")).isEqualTo("Techbroker tests");
        assertThat(check.getString("checkedAt")).isNotBlank();
    }

    @Test
    void aTypedNumberGoesToTheCertificatesOwnAddress() {
        Issued issued = issue(base, "Typed lookup");
        ApiClient anyone = new ApiClient(base);

        HttpResponse<String> typed =
                anyone.get("/verify?number=+" + issued.number().toLowerCase() + "+");
        assertThat(typed.statusCode()).isEqualTo(302);
        assertThat(typed.headers().firstValue("Location").orElseThrow()).endsWith("/verify/" + issued.number());

        HttpResponse<String> lowerCase = anyone.get("/verify/" + issued.number().toLowerCase());
        assertThat(lowerCase.statusCode()).isEqualTo(302);
        assertThat(lowerCase.headers().firstValue("Location").orElseThrow()).endsWith("/verify/" + issued.number());

        HttpResponse<String> form = anyone.get("/verify");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("id=\"lookup\"", "name=\"number\"").doesNotContain("id=\"certificate\"");

        assertThat(anyone.send("POST", "/verify/" + issued.number(), null, null).statusCode())
                .isEqualTo(405);
    }

    @Test
    void malformedWrongCheckDigitAndUnknownNumbersAreSaidInTheReadersLanguage() {
        Issued issued = issue(base, "Wrong numbers");
        String number = issued.number();
        char last = number.charAt(number.length() - 1);
        String wrongDigit = number.substring(0, number.length() - 1) + (char) ('0' + (last - '0' + 1) % 10);
        String unknown = new CertificateNumber(2099, QualificationLevel.SENIOR, 999_999).value();
        ApiClient english = new ApiClient(base);
        ApiClient chinese = new ApiClient(base).speaking("zh-CN");

        assertThat(english.get("/verify/TB-XYZ").body())
                .contains("id=\"numberError\"", "A certificate number reads like TB-2026-J-000123-7")
                .doesNotContain("id=\"certificate\"");
        assertThat(english.get("/verify/" + wrongDigit).body())
                .contains("id=\"numberError\"", "wrong check digit")
                .doesNotContain("id=\"certificate\"");
        assertThat(english.get("/verify/" + unknown).body())
                .contains("id=\"unknown\"", "There is no certificate with the number " + unknown)
                .doesNotContain("id=\"certificate\"");
        assertThat(chinese.get("/verify/TB-XYZ").body()).contains("证书编号格式应为");
        assertThat(chinese.get("/verify/" + wrongDigit).body()).contains("校验码不正确");
        assertThat(chinese.get("/verify/" + unknown).body()).contains("没有编号为 " + unknown + " 的证书");
    }

    @Test
    void theIssuedFileIsGenuineAndAnAlteredCopyIsNot() {
        Issued issued = issue(base, "File check");
        byte[] pdf = download(base, issued);
        ApiClient anyone = new ApiClient(base);

        HttpResponse<String> genuine = upload(anyone, "certificate.pdf", "application/pdf", pdf);
        assertThat(genuine.statusCode()).isEqualTo(200);
        assertThat(genuine.body())
                .contains("class=\"file-verdict genuine\"", "Genuine: this file is exactly as the registry issued it.")
                .contains("It is certificate " + issued.number());

        byte[] altered = pdf.clone();
        int middle = indexOf(altered, "/Type") + 2;
        altered[middle] = (byte) (altered[middle] == 'y' ? 'Y' : 'y');
        HttpResponse<String> changed = upload(anyone, "certificate.pdf", "application/pdf", altered);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(changed.body())
                .contains("class=\"file-verdict not-genuine\"", "Not genuine")
                .doesNotContain("It is certificate " + issued.number());

        HttpResponse<String> chinese =
                upload(new ApiClient(base).speaking("zh-CN"), "certificate.pdf", "application/pdf", altered);
        assertThat(chinese.body()).contains("不真实");
    }

    @Test
    void badUploadsAreRefusedWithTheirReason() {
        ApiClient anyone = new ApiClient(base);

        assertThat(upload(anyone, "notes.pdf", "application/pdf", "just text".getBytes(StandardCharsets.UTF_8))
                        .body())
                .contains("This is not a PDF file.")
                .doesNotContain("id=\"verdict\"");
        assertThat(upload(anyone, "empty.pdf", "application/pdf", new byte[0]).body())
                .contains("Choose a PDF file to check")
                .doesNotContain("id=\"verdict\"");
        assertThat(upload(anyone, "large.pdf", "application/pdf", pdfOfSize(5 * 1024 * 1024 + 1024))
                        .body())
                .as("just over the limit: the page refuses it")
                .contains("The file is larger than 5 MB")
                .doesNotContain("id=\"verdict\"");

        HttpResponse<String> huge = upload(anyone, "huge.pdf", "application/pdf", pdfOfSize(20 * 1024 * 1024));
        assertThat(huge.statusCode())
                .as("far over it: refused by its declared length, unread")
                .isEqualTo(413);
        assertThat(huge.body()).contains("The file is larger than 5 MB");
        ApiClient chinese = new ApiClient(base).speaking("zh-CN");
        assertThat(upload(chinese, "huge.pdf", "application/pdf", pdfOfSize(20 * 1024 * 1024))
                        .body())
                .contains("文件超过 5 MB");
    }

    /** Bytes that start like a PDF, padded with spaces to the size. */
    private static byte[] pdfOfSize(int size) {
        byte[] bytes = new byte[size];
        Arrays.fill(bytes, (byte) ' ');
        System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 8);
        return bytes;
    }

    /** The holder's list of checks, once the verification log has written what it counted. */
    private static JsonArray checksLogged(URL base, ApiClient holder, String number) {
        new RegistrySeeds(base).writeVerificationLog();
        HttpResponse<String> response = holder.get("/api/v1/me/certificates/" + number + "/verifications");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return ApiClient.json(response).getJsonArray("checks");
    }

    private static int indexOf(byte[] bytes, String text) {
        byte[] wanted = text.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + wanted.length <= bytes.length; i++) {
            for (int j = 0; j < wanted.length; j++) {
                if (bytes[i + j] != wanted[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("no " + text + " in the file");
    }
}
