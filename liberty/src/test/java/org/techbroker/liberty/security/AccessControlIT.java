package org.techbroker.liberty.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.techbroker.liberty.support.ProblemAssert.assertProblem;

import java.net.URL;
import java.net.http.HttpResponse;
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
 * From outside: who may use what. Anonymous callers get 401 from the API, trainees 403 from the
 * administration API, and the administration pages do not even exist for anyone but an
 * administrator (404).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessControlIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @ArquillianResource
    URL base;

    @Test
    void anonymousCallersAreUnauthenticated() {
        ApiClient anonymous = new ApiClient(base);

        assertProblem(anonymous.get("/api/v1/me"), 401, "unauthenticated");
        assertProblem(anonymous.get("/api/v1/admin/accounts"), 401, "unauthenticated");
        assertProblem(anonymous.get("/api/v1/admin/audit-events"), 401, "unauthenticated");
    }

    @Test
    void anonymousVisitorsOfTheAdministrationAreaSeeTheLoginFormInstead() {
        HttpResponse<String> page = new ApiClient(base).get("/admin/accounts/list.xhtml");

        // The login page is shown in place of the protected one (a forward: the address stays,
        // so the person returns to it after signing in); nothing of the protected page shows.
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("id=\"login:username\"").doesNotContain("accounts:table");
    }

    @Test
    void traineesAreForbiddenTheAdministrationApi() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("forbid"));

        assertProblem(trainee.get("/api/v1/admin/accounts"), 403, "forbidden");
        assertProblem(trainee.get("/api/v1/admin/audit-events"), 403, "forbidden");
        assertProblem(trainee.put("/api/v1/admin/accounts/anyone/roles/ADMIN"), 403, "forbidden");
    }

    @Test
    void forTraineesTheAdministrationPagesDoNotExist() {
        ApiClient trainee = new ApiClient(base);
        trainee.signIn(trainee.registerTrainee("nopage"));

        HttpResponse<String> page = trainee.get("/admin/accounts/list.xhtml");

        assertThat(page.statusCode()).isEqualTo(404);
        // The page says "not found"; no trace of the accounts page nor of the server's internals.
        assertThat(page.body()).contains("Page not found").doesNotContain("accounts:table", "Caused by", "at org.");
    }
}
