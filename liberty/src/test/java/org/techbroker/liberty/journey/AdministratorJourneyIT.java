package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.techbroker.liberty.support.TestAccount;

/**
 * An administrator in a real browser finds a trainee and grants the examiner role; the trainee's
 * next login shows the examiner's dashboard. A trainee who tries the administration pages sees
 * "page not found".
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministratorJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport();
    }

    @ArquillianResource
    URL base;

    @Test
    void grantsTheExaminerRoleToATrainee() {
        ApiClient api = new ApiClient(base);
        TestAccount trainee = api.registerTrainee("grant");
        TestAccount admin = api.createAdmin();

        try (Browser browser = new Browser("en")) {
            // Asking for an administration page first: the login page appears, then that page.
            browser.open(base + "admin/accounts/list.xhtml");
            browser.type("login:username", admin.username());
            browser.type("login:password", admin.password());
            browser.clickAndWaitForNewPage("login:submit");
            assertThat(browser.heading()).isEqualTo("Accounts");

            browser.type("accounts:text", trainee.username());
            browser.find("accounts:search").click();
            // The whole list shows first; the search narrows it to the one trainee.
            browser.waitForCount(By.cssSelector("#accounts\\:table_data tr"), 1);
            assertThat(browser.find("accounts:table").getText()).contains(trainee.email());

            browser.find("accounts:table:0:roles").click();
            browser.waitForText("Roles of");
            assertThat(browser.find("rolesFor").getText()).isEqualTo(trainee.username());
            browser.driver()
                    .findElement(
                            By.xpath("//*[@id='rolesForm:editedRoles']//label[normalize-space(text())='Examiner']"))
                    .click();
            browser.clickAndWaitForText("rolesForm:save", "The roles of " + trainee.username() + " are saved.");
            assertThat(browser.find("accounts:table").getText()).contains("Examiner", "Trainee");
        }

        try (Browser browser = new Browser("en")) {
            browser.open(base + "login.xhtml");
            browser.type("login:username", trainee.username());
            browser.type("login:password", trainee.password());
            browser.clickAndWaitForNewPage("login:submit");
            assertThat(browser.find("panelScripts").getText()).contains("Scripts to mark");

            browser.open(base + "admin/accounts/list.xhtml");
            assertThat(browser.heading()).isEqualTo("Page not found");
        }
    }

    @Test
    void createsAnExaminerAccountThatCanSignIn() {
        ApiClient api = new ApiClient(base);
        TestAccount admin = api.createAdmin();
        TestAccount examiner = TestAccount.fresh("examiner");

        try (Browser browser = new Browser("zh-CN")) {
            browser.open(base + "admin/accounts/create.xhtml");
            browser.type("login:username", admin.username());
            browser.type("login:password", admin.password());
            browser.clickAndWaitForNewPage("login:submit");
            assertThat(browser.heading()).isEqualTo("新建账户");

            browser.type("create:username", examiner.username());
            browser.type("create:email", examiner.email());
            browser.type("create:nameZh", "审核员");
            browser.type("create:nameLatin", "SHEN Heyuan");
            browser.type("create:password", examiner.password());
            // Examiner instead of the preselected trainee role.
            browser.driver()
                    .findElement(By.cssSelector("input[name='create:roles'][value='TRAINEE']"))
                    .click();
            browser.driver()
                    .findElement(By.cssSelector("input[name='create:roles'][value='EXAMINER']"))
                    .click();
            browser.clickAndWaitForNewPage("create:submit");

            assertThat(browser.heading()).isEqualTo("账户管理");
            assertThat(browser.bodyText()).contains("账户 " + examiner.username() + " 已创建");
        }

        ApiClient examinerClient = new ApiClient(base);
        assertThat(ApiClient.json(examinerClient.login(examiner.username(), examiner.password()))
                        .getJsonArray("roles")
                        .getString(0))
                .isEqualTo("EXAMINER");
    }
}
