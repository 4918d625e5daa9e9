package org.techbroker.liberty.journey;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.net.URL;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.CourseFixtures;
import org.techbroker.liberty.support.CourseSupportServlet;
import org.techbroker.liberty.support.Deployments;
import org.techbroker.liberty.support.SeededCourse;
import org.techbroker.liberty.support.TestAccount;

/**
 * A trainee in a real browser, once in Chinese and once in English: finds a course in the
 * catalogue, enrols, reads every lesson and marks it done, takes each module's quiz (a number that
 * is no number is refused beside its field first; a failed attempt is retaken), and sees the
 * progress bar reach 100 % and the course marked completed, on the course page and on the
 * dashboard. The course is the test's own ({@link CourseFixtures}), so it knows the answers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LearningJourneyIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.withTestSupport()
                .addClasses(CourseFixtures.class, CourseSupportServlet.class, SeededCourse.class);
    }

    @ArquillianResource
    URL base;

    /** The words the journey expects, as the bundles say them in each language. */
    private record Words(
            String language,
            boolean chinese,
            String catalogueTitle,
            List<String> lessonTitles,
            String notANumber,
            String passed,
            String failed,
            String wrongAnswer,
            String explanationOfFalse,
            String completed,
            String dashboardCompleted,
            String oneAttempt,
            String twoAttempts) {}

    private static final Words CHINESE = new Words(
            "zh-CN",
            true,
            "课程目录",
            List.of("要约与承诺", "价款与报酬", "成本法"),
            "这不是一个数字。",
            "通过",
            "本次未通过",
            "答错了",
            "该说法错误。",
            "完成，获得 5 学时。",
            "已于 ",
            "已作答 1 次",
            "已作答 2 次");

    private static final Words ENGLISH = new Words(
            "en",
            false,
            "Course catalogue",
            List.of("Offer and acceptance", "Price and remuneration", "The cost approach"),
            "This is not a number.",
            "Passed",
            "Not passed this time",
            "Wrong",
            "The statement is false.",
            "Credit hours earned: 5.",
            "Completed on ",
            "one attempt",
            "2 attempts");

    @Test
    void aTraineeCompletesACourseInChinese() {
        studiesACourseToTheEnd(CHINESE);
    }

    @Test
    void aTraineeCompletesACourseInEnglish() {
        studiesACourseToTheEnd(ENGLISH);
    }

    private void studiesACourseToTheEnd(Words words) {
        ApiClient support = new ApiClient(base);
        SeededCourse course = SeededCourse.seed(support, "published=true&creditHours=5");
        TestAccount trainee = register(support, words.language());
        String title = course.title(words.chinese());

        try (Browser browser = new Browser(words.language())) {
            browser.open(base + "login.xhtml");
            browser.type("login:username", trainee.username());
            browser.type("login:password", trainee.password());
            browser.clickAndWaitForNewPage("login:submit");

            // The catalogue, from the header; the search is a bookmarkable address.
            browser.clickAndWaitForNewPage("navCourses");
            assertThat(browser.heading()).isEqualTo(words.catalogueTitle());
            browser.type("q", course.marker());
            browser.clickAndWaitForNewPage("searchButton");
            assertThat(browser.driver().getCurrentUrl()).contains("q=" + course.marker());
            assertThat(browser.find("course-" + course.code()).getText()).contains(title, course.code());
            browser.clickAndWaitForNewPage(
                    browser.driver().findElement(By.cssSelector("#course-" + course.code() + " a.course-link")));

            // The course: enrol, then start.
            assertThat(browser.heading()).isEqualTo(title);
            browser.clickAndWaitForNewPage("enrol:submit");
            // At 0 % the bar has no filled part to show its label in; the label is there all the same.
            assertThat(browser.find("progress").getAttribute("textContent")).isEqualTo("0%");
            if (!words.chinese()) {
                // Switching the language keeps the course (the page's parameter) and the enrolment.
                browser.clickAndWaitForNewPage("language:zh");
                assertThat(browser.heading()).isEqualTo(course.titleZh());
                browser.clickAndWaitForNewPage("language:en");
                assertThat(browser.heading()).isEqualTo(title);
            }
            browser.clickAndWaitForNewPage("resume");

            // Every lesson, read and marked done, by the "next" links.
            List<String> lessonTitles = words.lessonTitles();
            for (int i = 0; i < lessonTitles.size(); i++) {
                assertThat(browser.heading()).isEqualTo(lessonTitles.get(i));
                assertThat(browser.find("lessonBody").getText()).contains(lessonTitles.get(i));
                assertThat(browser.find("sources").getText()).contains("Techbroker test fixture");
                browser.clickAndWaitForNewPage("lesson:markDone");
                assertThat(browser.find("doneNote").isDisplayed()).isTrue();
                assertThat(browser.driver().findElements(By.id("lesson:markDone")))
                        .isEmpty();
                if (i < lessonTitles.size() - 1) {
                    browser.clickAndWaitForNewPage("next");
                }
            }
            browser.clickAndWaitForNewPage("backToCourse");
            assertThat(browser.find("progress").getText()).isEqualTo("60%");
            assertThat(browser.driver().findElements(By.cssSelector(".lesson-line.done")))
                    .hasSize(3);

            // Module 1: a number that is no number is refused beside its field, and nothing is scored.
            browser.clickAndWaitForNewPage("moduleList:0:takeQuiz");
            click(browser, "quiz:items:0:single", "b");
            click(browser, "quiz:items:1:multiple", "a");
            click(browser, "quiz:items:1:multiple", "c");
            click(browser, "quiz:items:2:trueFalse", "true");
            browser.type("quiz:items:3:number", "1,5");
            browser.clickAndWaitForNewPage("quiz:submit");
            assertThat(browser.find("item-3").getText()).contains(words.notANumber());
            assertThat(browser.driver().findElements(By.id("result"))).isEmpty();
            browser.type("quiz:items:3:number", words.chinese() ? "２,４００,０００" : "2 400 000");
            browser.clickAndWaitForNewPage("quiz:submit");
            assertThat(browser.find("resultHeading").getText()).isEqualTo(words.passed());
            assertThat(browser.find("score").getText()).contains("100%", "70%");
            assertThat(browser.find("courseProgress").getText()).isEqualTo("80%");
            browser.clickAndWaitForNewPage("again:backToCourse");

            // Module 2: a wrong answer fails the quiz, with the right answer and the explanation; a retake passes.
            browser.clickAndWaitForNewPage("moduleList:1:takeQuiz");
            click(browser, "quiz:items:0:trueFalse", "true");
            click(browser, "quiz:items:1:single", "d");
            browser.clickAndWaitForNewPage("quiz:submit");
            assertThat(browser.find("resultHeading").getText()).isEqualTo(words.failed());
            assertThat(browser.find("item-0").getText()).contains(words.wrongAnswer(), words.explanationOfFalse());
            browser.clickAndWaitForNewPage("again:retake");
            assertThat(browser.driver().findElements(By.id("result"))).isEmpty();
            click(browser, "quiz:items:0:trueFalse", "false");
            click(browser, "quiz:items:1:single", "d");
            browser.clickAndWaitForNewPage("quiz:submit");
            assertThat(browser.find("resultHeading").getText()).isEqualTo(words.passed());
            assertThat(browser.find("courseProgress").getText()).isEqualTo("100%");
            assertThat(browser.find("courseCompleted").getText()).contains(title);
            browser.clickAndWaitForNewPage("again:backToCourse");

            // The course page and the dashboard say it is done. The refused number was no attempt.
            assertThat(browser.find("progress").getText()).isEqualTo("100%");
            assertThat(browser.find("quiz-1").getText()).contains(words.oneAttempt());
            assertThat(browser.find("quiz-2").getText()).contains(words.twoAttempts());
            assertThat(browser.find("completed").getText()).contains(words.completed());
            browser.clickAndWaitForNewPage("navHome");
            String dashboard = browser.find("panelCourses").getText();
            assertThat(dashboard).contains(title, "100%", words.dashboardCompleted());
        }
    }

    /** A trainee who reads Techbroker in the given language, as they chose when registering. */
    private static TestAccount register(ApiClient client, String language) {
        TestAccount account = TestAccount.fresh("learner");
        var response = client.post(
                "/api/v1/registrations",
                Json.createObjectBuilder(account.registration())
                        .add("locale", language)
                        .build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return account;
    }

    private static void click(Browser browser, String name, String value) {
        browser.driver()
                .findElement(By.cssSelector("input[name='" + name + "'][value='" + value + "']"))
                .click();
    }
}
