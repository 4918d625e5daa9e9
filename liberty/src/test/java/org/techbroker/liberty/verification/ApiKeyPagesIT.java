package org.techbroker.liberty.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.FacesForms.form;
import static org.techbroker.liberty.support.FacesForms.nonce;
import static org.techbroker.liberty.support.FacesForms.viewState;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.FacesForms;

/**
 * The API keys section of an enterprise's profile page: a key created there shows its secret once
 * and opens the verification API until it is revoked there; other accounts see no such section.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiKeyPagesIT {

    static final String PROFILE = "/account/profile.xhtml";
    static final Pattern SECRET = Pattern.compile("(tbk_[A-Za-z0-9_-]{43})");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return VerificationCalls.deployment();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEnterpriseCreatesAndRevokesAKeyOnItsProfile() {
        VerificationCalls calls = new VerificationCalls(base);
        String number = calls.certificate().getString("number");
        ApiClient enterprise = new ApiClient(base);
        enterprise.signIn(calls.enterprise());

        String page = enterprise.get(PROFILE).body();
        assertThat(page).contains("API keys", "No keys yet.");

        HttpResponse<String> created = FacesForms.post(
                enterprise,
                PROFILE,
                form(
                        "apiKeys_SUBMIT", "1",
                        "apiKeys:name", "Procurement",
                        "apiKeys:create", "Create key",
                        "jakarta.faces.ViewState", viewState(page),
                        "primefaces.nonce", nonce(page)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(200);
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as("the secret, shown once").isTrue();
        assertThat(created.body()).contains("Procurement", secret.group(1).substring(0, 12));
        assertThat(VerificationCalls.lookup(new ApiClient(base), number, secret.group(1))
                        .statusCode())
                .isEqualTo(200);

        String again = enterprise.get(PROFILE).body();
        assertThat(again).contains("Procurement").doesNotContain(secret.group(1));

        HttpResponse<String> revoked = FacesForms.post(
                enterprise,
                PROFILE,
                form(
                        "apiKeys_SUBMIT", "1",
                        "apiKeys:name", "",
                        "apiKeys:keys:0:revoke", "Revoke",
                        "jakarta.faces.ViewState", viewState(again),
                        "primefaces.nonce", nonce(again)));
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.body()).contains("Revoked");
        assertThat(VerificationCalls.lookup(new ApiClient(base), number, secret.group(1))
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void otherAccountsSeeNoKeys() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("nokeys"));

        String page = trainee.get(PROFILE).body();

        assertThat(page).contains("Personal details").doesNotContain("API keys");
    }
}
