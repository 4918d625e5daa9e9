package org.techbroker.liberty.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URL;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.CpdSupportServlet;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.RegistrySeeds;

/**
 * From outside, through HTTP: the holder's CPD API (standing, logging, evidence, renewal refused
 * below the credits) with its localised problems, the administrators' queue, and the expiry
 * reminders, which the test server sends to an SMTP server running in this test's JVM (its port is
 * {@code techbroker.test.smtp.port}, which the server's {@code techbroker.mail.port} also names).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CpdApiIT {

    private static final String MY_CPD = "/api/v1/me/cpd";

    private static GreenMail smtp;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withRegistrySupport().addClass(CpdSupportServlet.class);
    }

    @ArquillianResource
    URL base;

    @BeforeAll
    static void startSmtp() {
        int port = Integer.parseInt(System.getProperty("techbroker.test.smtp.port", "9125"));
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    /** The server's calendar day (the certificate's cycle starts today in the display zone). */
    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A new trainee who holds a fresh junior certificate. */
    private JsonObject holder() {
        return new RegistrySeeds(base).certificate();
    }

    private ApiClient signedIn(JsonObject holder, String language) {
        ApiClient client = new ApiClient(base).speaking(language);
        client.signIn(RegistrySeeds.account(holder));
        return client;
    }

    private int remind(LocalDate day) {
        return remind(day, 1);
    }

    /** Runs the reminder job as on the day, as so many servers would at the same moment. */
    private int remind(LocalDate day, int servers) {
        HttpResponse<String> response = new ApiClient(base)
                .send("POST", CpdSupportServlet.PATH + "/reminders?date=" + day + "&servers=" + servers, null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiClient.json(response).getInt("sent");
    }

    private List<MimeMessage> mailsTo(String address) {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    @Test
    void remindersGoOutOnceAtNinetySixtyAndThirtyDays() throws Exception {
        JsonObject holder = holder();
        String email = holder.getString("email");
        String number = holder.getString("number");
        LocalDate expiry = LocalDate.parse(holder.getString("expiresOn"));

        assertThat(remind(expiry.minusDays(91))).isZero();
        assertThat(mailsTo(email)).isEmpty();

        assertThat(remind(expiry.minusDays(90))).isPositive();
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        List<MimeMessage> first = mailsTo(email);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).getSubject()).contains(number).contains("90");
        String body = GreenMailUtil.getBody(first.get(0));
        String text = new String(
                jakarta.mail.internet.MimeUtility.decode(
                                new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.US_ASCII)),
                                first.get(0).getEncoding() == null
                                        ? "7bit"
                                        : first.get(0).getEncoding())
                        .readAllBytes(),
                StandardCharsets.UTF_8);
        assertThat(text)
                .contains(number)
                .contains(holder.getString("nameZh"))
                .contains(holder.getString("nameLatin"))
                .contains("CPD");

        // Once per (certificate, days): the same day again, or a later day in the same window, sends nothing more.
        remind(expiry.minusDays(90));
        remind(expiry.minusDays(75));
        assertThat(mailsTo(email)).hasSize(1);

        remind(expiry.minusDays(58));
        remind(expiry.minusDays(30));
        assertThat(mailsTo(email))
                .hasSize(3)
                .extracting(MimeMessage::getSubject)
                .anySatisfy(s -> assertThat(s).contains("60"))
                .anySatisfy(s -> assertThat(s).contains("30"));
    }

    @Test
    void serversRunningTheJobTogetherSendOneMail() throws Exception {
        JsonObject holder = holder();
        String email = holder.getString("email");
        LocalDate expiry = LocalDate.parse(holder.getString("expiresOn"));

        assertThat(remind(expiry.minusDays(30), 4)).isPositive();
        assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
        // Give a second mail, were there one, the time to arrive.
        Thread.sleep(1_000);
        assertThat(mailsTo(email)).hasSize(1);
        assertThat(mailsTo(email).get(0).getSubject()).contains("30");
    }

    @Test
    void theHolderSeesLogsAndCannotRenewBelowTheCredits() {
        JsonObject holder = holder();
        ApiClient api = signedIn(holder, "en");
        JsonObject mine = ApiClient.json(api.get(MY_CPD));
        assertThat(mine.getJsonObject("standing").getString("certificateNumber"))
                .isEqualTo(holder.getString("number"));
        assertThat(mine.getJsonObject("standing").getJsonNumber("required").intValue())
                .isEqualTo(40);
        assertThat(mine.getJsonArray("activities")).isEmpty();

        JsonObject problem = assertProblem(
                api.post(
                        MY_CPD,
                        Json.createObjectBuilder()
                                .add("category", "SPEAKING")
                                .add("title", "Keynote")
                                .add("date", today().plusDays(3).toString())
                                .add("quantity", 2)
                                .build()),
                400,
                "invalid-request");
        assertThat(problem.getString("detail")).contains("future");
        assertProblem(
                api.post(
                        MY_CPD,
                        Json.createObjectBuilder()
                                .add("category", "GARDENING")
                                .add("title", "Roses")
                                .add("date", today().toString())
                                .add("quantity", 2)
                                .build()),
                400,
                "invalid-request");
        assertThat(ApiClient.json(api.get(MY_CPD)).getJsonArray("activities")).isEmpty();

        HttpResponse<String> created = api.post(
                MY_CPD,
                Json.createObjectBuilder()
                        .add("category", "SPEAKING")
                        .add("title", "Panel on licensing")
                        .add("date", today().toString())
                        .add("quantity", 2)
                        .build());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonObject activity = ApiClient.json(created);
        assertThat(activity.getString("state")).isEqualTo("PENDING");
        assertThat(activity.getJsonNumber("credits").intValue()).isEqualTo(6);
        long id = activity.getJsonNumber("id").longValue();
        assertThat(created.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith(MY_CPD + "/" + id));
        assertThat(ApiClient.json(api.get(MY_CPD + "/" + id)).getString("title"))
                .isEqualTo("Panel on licensing");
        assertProblem(signedIn(holder(), "en").get(MY_CPD + "/" + id), 404, "not-found");

        HttpResponse<String> wrongFile = api.sendBody(
                "PUT",
                MY_CPD + "/" + id + "/evidence?fileName=slides.pdf",
                "application/pdf",
                BodyPublishers.ofByteArray(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}),
                ApiClient.CSRF_HEADER,
                api.csrfToken());
        assertProblem(wrongFile, 400, "invalid-request");
        HttpResponse<String> evidence = api.sendBody(
                "PUT",
                MY_CPD + "/" + id + "/evidence?fileName=slides.pdf",
                "application/pdf",
                BodyPublishers.ofByteArray("%PDF-1.4\n%slides\n".getBytes(StandardCharsets.US_ASCII)),
                ApiClient.CSRF_HEADER,
                api.csrfToken());
        assertThat(evidence.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(evidence).getBoolean("evidence")).isTrue();

        JsonObject refused = assertProblem(
                api.post("/api/v1/me/certificates/" + holder.getString("number") + "/renewal", null), 409, "conflict");
        assertThat(refused.getString("detail")).contains("40");
        assertProblem(api.post("/api/v1/me/certificates/TB-2026-J-000001-0/renewal", null), 400, "invalid-request");

        ApiClient chinese = signedIn(holder, "zh-CN");
        JsonObject zh = assertProblem(
                chinese.post("/api/v1/me/certificates/" + holder.getString("number") + "/renewal", null),
                409,
                "conflict");
        assertThat(zh.getString("detail")).contains("学分");
    }

    @Test
    void administratorsDecideFromTheQueue() {
        JsonObject holder = holder();
        ApiClient api = signedIn(holder, "en");
        long id = ApiClient.json(api.post(
                        MY_CPD,
                        Json.createObjectBuilder()
                                .add("category", "COURSE")
                                .add("title", "External seminar")
                                .add("date", today().toString())
                                .add("quantity", 3)
                                .build()))
                .getJsonNumber("id")
                .longValue();
        assertProblem(api.get("/api/v1/admin/cpd"), 403, "forbidden");

        ApiClient admin = new ApiClient(base);
        admin.signIn(admin.createAdmin());
        HttpResponse<String> queue = admin.get("/api/v1/admin/cpd?state=PENDING");
        assertThat(queue.statusCode()).isEqualTo(200);
        try (JsonReader reader = Json.createReader(new StringReader(queue.body()))) {
            assertThat(reader.readArray().stream()
                            .map(v -> v.asJsonObject().getJsonNumber("id").longValue()))
                    .contains(id);
        }
        assertProblem(admin.get("/api/v1/admin/cpd?state=LOST"), 400, "invalid-request");
        assertProblem(
                admin.post(
                        "/api/v1/admin/cpd/" + id + "/rejection",
                        Json.createObjectBuilder().build()),
                400,
                "invalid-request");
        HttpResponse<String> rejected = admin.post(
                "/api/v1/admin/cpd/" + id + "/rejection",
                Json.createObjectBuilder().add("reason", "No attendance record").build());
        assertThat(rejected.statusCode()).isEqualTo(200);
        assertThat(ApiClient.json(rejected).getString("state")).isEqualTo("REJECTED");
        assertProblem(admin.post("/api/v1/admin/cpd/" + id + "/approval", null), 409, "conflict");
        assertThat(ApiClient.json(api.get(MY_CPD))
                        .getJsonArray("activities")
                        .getJsonObject(0)
                        .getString("rejectReason"))
                .isEqualTo("No attendance record");
    }
}
