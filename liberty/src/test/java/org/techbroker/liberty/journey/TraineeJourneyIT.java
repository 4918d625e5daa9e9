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
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.TestAccount;

/**
 * A newcomer in a real browser: registers, logs in, switches the language, and logs out; and a
 * wrong registration shows its errors next to the fields, in the page's language.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TraineeJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void registersLogsInSwitchesLanguageAndLogsOut() {
        TestAccount trainee = TestAccount.fresh("journey");
        try (Browser browser = new Browser("en")) {
            browser.open(base + "register.xhtml");
            assertThat(browser.heading()).isEqualTo("Register");
            browser.type("register:username", trainee.username());
            browser.type("register:email", trainee.email());
            browser.type("register:nameZh", "王小明");
            browser.type("register:nameLatin", "WANG Xiaoming");
            browser.type("register:organisation", "深圳市测试技术转移中心");
            browser.type("register:password", trainee.password());
            browser.type("register:confirmation", trainee.password());
            browser.clickAndWaitForNewPage("register:submit");

            assertThat(browser.heading()).isEqualTo("Log in");
            assertThat(browser.bodyText()).contains("Your account " + trainee.username() + " is ready");

            browser.type("login:username", trainee.username());
            browser.type("login:password", trainee.password());
            browser.clickAndWaitForNewPage("login:submit");

            assertThat(browser.heading()).isEqualTo("My dashboard");
            assertThat(browser.find("greeting").getText()).contains("WANG Xiaoming");
            assertThat(browser.find("panelCourses").getText()).contains("My courses");
            assertThat(browser.language()).isEqualTo("en");

            browser.clickAndWaitForNewPage("language:zh");

            assertThat(browser.heading()).isEqualTo("我的工作台");
            assertThat(browser.find("greeting").getText()).contains("王小明");
            assertThat(browser.language()).isEqualTo("zh-CN");
            assertThat(browser.find("signout:submit").getAttribute("value")).isEqualTo("退出");

            browser.clickAndWaitForNewPage("signout:submit");

            assertThat(browser.find("signedOutNotice").getText()).isNotBlank();
            assertThat(browser.driver().findElements(org.openqa.selenium.By.id("signout:submit")))
                    .isEmpty();
            browser.open(base + "account/profile.xhtml");
            assertThat(browser.find("login:username").isDisplayed()).isTrue();
        }
    }

    @Test
    void theChosenLanguageIsRememberedForTheNextVisit() {
        TestAccount trainee = TestAccount.fresh("language");
        try (Browser browser = new Browser("en")) {
            register(browser, trainee);
            logIn(browser, trainee);
            browser.clickAndWaitForNewPage("language:zh");
            browser.clickAndWaitForNewPage("signout:submit");
        }
        try (Browser anotherDay = new Browser("en")) {
            logIn(anotherDay, trainee);
            assertThat(anotherDay.heading()).isEqualTo("我的工作台");
        }
    }

    @Test
    void aWrongRegistrationShowsEachErrorBesideItsFieldAndCreatesNothing() {
        TestAccount trainee = TestAccount.fresh("wrong");
        try (Browser browser = new Browser("zh-CN")) {
            browser.open(base + "register.xhtml");
            browser.type("register:username", trainee.username());
            // Well-formed for the browser, refused by Techbroker's rule (an address needs a domain with a dot).
            browser.type("register:email", "someone@localhost");
            browser.type("register:nameZh", "Wang");
            browser.type("register:nameLatin", "WANG Wei");
            browser.type("register:password", "password1234");
            browser.type("register:confirmation", "password1234");
            browser.clickAndWaitForNewPage("register:submit");

            assertThat(browser.heading()).isEqualTo("注册");
            assertThat(browser.bodyText()).contains("电子邮箱格式不正确", "中文姓名只能由汉字组成");

            // The same username is still free: nothing was half-written.
            browser.type("register:email", trainee.email());
            browser.type("register:nameZh", "王伟");
            browser.type("register:password", trainee.password());
            browser.type("register:confirmation", trainee.password());
            browser.clickAndWaitForNewPage("register:submit");
            assertThat(browser.heading()).isEqualTo("登录");
        }
    }

    private void register(Browser browser, TestAccount account) {
        browser.open(base + "register.xhtml");
        browser.type("register:username", account.username());
        browser.type("register:email", account.email());
        browser.type("register:nameZh", account.nameZh());
        browser.type("register:nameLatin", account.nameLatin());
        browser.type("register:password", account.password());
        browser.type("register:confirmation", account.password());
        browser.clickAndWaitForNewPage("register:submit");
    }

    private void logIn(Browser browser, TestAccount account) {
        browser.open(base + "login.xhtml");
        browser.type("login:username", account.username());
        browser.type("login:password", account.password());
        browser.clickAndWaitForNewPage("login:submit");
    }

    @Test
    void changesTheirDetailsAndPasswordOnTheProfilePage() {
        TestAccount trainee = TestAccount.fresh("profile");
        String newPassword = "Another-" + trainee.password();
        try (Browser browser = new Browser("en")) {
            register(browser, trainee);
            logIn(browser, trainee);
            browser.open(base + "account/profile.xhtml");

            browser.type("details:organisation", "Shenzhen Transfer Centre");
            browser.clickAndWaitForNewPage("details:save");
            assertThat(browser.bodyText()).contains("Your details are saved.");
            assertThat(browser.find("details:organisation").getAttribute("value"))
                    .isEqualTo("Shenzhen Transfer Centre");

            browser.type("password:currentPassword", "not my password at all");
            browser.type("password:newPassword", newPassword);
            browser.type("password:confirmation", newPassword);
            browser.clickAndWaitForNewPage("password:change");
            assertThat(browser.bodyText()).contains("The current password is wrong.");

            browser.type("password:currentPassword", trainee.password());
            browser.type("password:newPassword", newPassword);
            browser.type("password:confirmation", newPassword);
            browser.clickAndWaitForNewPage("password:change");
            assertThat(browser.bodyText()).contains("Your password is changed.");
        }
        ApiClient api = new ApiClient(base);
        assertThat(api.login(trainee.username(), trainee.password()).statusCode())
                .isEqualTo(401);
        assertThat(api.login(trainee.username(), newPassword).statusCode()).isEqualTo(200);
    }
}
