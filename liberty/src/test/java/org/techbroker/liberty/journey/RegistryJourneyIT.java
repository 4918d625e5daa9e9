package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.RegistrySeeds;
import org.techbroker.liberty.support.TestAccount;

/**
 * The registry in real browsers: an enterprise opens the QR link of a fresh certificate and sees
 * it active; an administrator finds it in the registry and revokes it with a reason, confirming
 * the revocation; the enterprise's page, reloaded, shows it revoked with the public note.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistryJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withRegistrySupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void anEnterpriseSeesActiveTheAdministratorRevokesAndThePageShowsRevoked() {
        RegistrySeeds registry = new RegistrySeeds(base);
        JsonObject issued = registry.certificate("JUNIOR", "SERVICE", null);
        String number = issued.getString("number");
        TestAccount enterprise = registry.enterprise();
        TestAccount admin = new ApiClient(base).createAdmin();

        try (Browser enterpriseBrowser = new Browser("en");
                Browser adminBrowser = new Browser("en")) {
            signIn(enterpriseBrowser, enterprise);
            enterpriseBrowser.open(base + "verify/" + number);
            assertThat(enterpriseBrowser.find("statusValue").getText()).isEqualToIgnoringCase("Active");
            assertThat(enterpriseBrowser.find("status").getAttribute("class")).contains("status-active");
            assertThat(enterpriseBrowser.find("certificateNumber").getText()).isEqualTo(number);
            assertThat(enterpriseBrowser.find("holder").getText()).contains(issued.getString("nameLatin"));

            signIn(adminBrowser, admin);
            adminBrowser.clickAndWaitForNewPage("navAdminRegistry");
            adminBrowser.type("search:query", number);
            adminBrowser.clickAndWaitForNewPage("search:find");
            adminBrowser.clickAndWaitForNewPage(adminBrowser.driver().findElement(By.linkText(number)));
            assertThat(adminBrowser.find("statusValue").getText()).isEqualToIgnoringCase("Active");
            adminBrowser.type("action:reason", "Certificate obtained with a forged diploma");
            adminBrowser.type("action:publicNote", "Revoked after an investigation.");
            adminBrowser.find("action:confirmRevoke").click();
            adminBrowser.clickAndWaitForNewPage("action:revoke");
            adminBrowser.waitForText("Certificate " + number + " is revoked.");
            assertThat(adminBrowser.find("statusValue").getText()).isEqualToIgnoringCase("Revoked");
            assertThat(adminBrowser.find("history").getText())
                    .contains("Certificate obtained with a forged diploma", admin.username());

            enterpriseBrowser.driver().navigate().refresh();
            assertThat(enterpriseBrowser.find("statusValue").getText()).isEqualToIgnoringCase("Revoked");
            assertThat(enterpriseBrowser.find("status").getAttribute("class")).contains("status-revoked");
            assertThat(enterpriseBrowser.find("history").getText())
                    .contains("Revoked after an investigation.")
                    .doesNotContain("forged diploma", admin.username());
        }
    }

    private void signIn(Browser browser, TestAccount account) {
        browser.open(base + "login.xhtml");
        browser.type("login:username", account.username());
        browser.type("login:password", account.password());
        browser.clickAndWaitForNewPage("login:submit");
    }
}
