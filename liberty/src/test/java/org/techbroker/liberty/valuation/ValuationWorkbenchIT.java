package org.techbroker.liberty.valuation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.techbroker.liberty.support.ApiClient;
import org.techbroker.liberty.support.Deployments;

/**
 * The valuation workbench is for signed-in people: anyone else gets the login form in its place
 * and nothing of the workbench. Signed in, every page opens in both modes, the header leads to it,
 * and an unknown mode or exercise is a page that does not exist.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ValuationWorkbenchIT {

    private static final List<String> APPROACHES = List.of("cost", "market", "income", "royalty", "option");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousVisitorsGetTheLoginFormInsteadOfTheWorkbench() {
        ApiClient anonymous = new ApiClient(base);

        assertLoginInstead(anonymous.get("/learn/valuation.xhtml"));
        for (String approach : APPROACHES) {
            assertLoginInstead(anonymous.get("/learn/valuation/" + approach + ".xhtml"));
            assertLoginInstead(anonymous.get("/learn/valuation/" + approach + ".xhtml?mode=exercise&scenario=1"));
        }
        assertThat(anonymous.get("/index.xhtml").body()).doesNotContain("navValuation");
    }

    private static void assertLoginInstead(HttpResponse<String> page) {
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("id=\"login:username\"")
                .doesNotContain("calculator:calculate", "exercise:check", "learn_valuation", "workbench");
    }

    @Test
    void aSignedInTraineeOpensEveryPageInBothModesFromTheHeader() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("workbench"));

        HttpResponse<String> home = trainee.get("/index.xhtml");
        assertThat(home.body()).contains("id=\"navValuation\"", "/learn/valuation.xhtml", "Valuation workbench");

        HttpResponse<String> overview = trainee.get("/learn/valuation.xhtml");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(overview.body()).contains("<h1>Valuation workbench</h1>");
        for (String approach : APPROACHES) {
            assertThat(overview.body()).contains("/learn/valuation/" + approach + ".xhtml?mode=exercise");

            HttpResponse<String> calculator = trainee.get("/learn/valuation/" + approach + ".xhtml");
            assertThat(calculator.statusCode()).as(approach).isEqualTo(200);
            assertThat(calculator.body())
                    .as(approach)
                    .contains("id=\"calculator:calculate\"")
                    .doesNotContain("exercise:check", "???", "learn_valuation_" + approach + ".");
            assertNoInlineScriptHandlers(calculator.body());

            HttpResponse<String> exercise =
                    trainee.get("/learn/valuation/" + approach + ".xhtml?mode=exercise&scenario=2");
            assertThat(exercise.statusCode()).as(approach).isEqualTo(200);
            assertThat(exercise.body())
                    .as(approach)
                    .contains("id=\"exercise:check\"", "Exercise 2", "id=\"givens\"")
                    .doesNotContain("calculator:calculate", "learn_valuation_" + approach + ".");
        }
    }

    /** The pages run under a strict Content-Security-Policy: no event handler may be written inline. */
    private static void assertNoInlineScriptHandlers(String body) {
        assertThat(body).doesNotContainPattern("(?i)\\son(click|change|submit|keydown|keyup|blur|focus)=");
    }

    @Test
    void anUnknownModeOrExerciseIsAPageThatDoesNotExist() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("nomode"));

        for (String query : List.of(
                "mode=teacher",
                "mode=exercise&scenario=0",
                "mode=exercise&scenario=99",
                "mode=exercise&scenario=one",
                "mode=exercise&scenario=-1")) {
            HttpResponse<String> page = trainee.get("/learn/valuation/income.xhtml?" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(404);
            assertThat(page.body()).as(query).contains("Page not found").doesNotContain("exercise:check", "at org.");
        }
        assertThat(trainee.get("/learn/valuation/income.xhtml?mode=exercise").statusCode())
                .isEqualTo(200);
        assertThat(trainee.get("/learn/valuation/nowhere.xhtml").statusCode()).isEqualTo(404);
    }
}
