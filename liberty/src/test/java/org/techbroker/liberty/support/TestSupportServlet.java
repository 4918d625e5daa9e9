package org.techbroker.liberty.support;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.account.Actor;
import org.techbroker.app.account.Role;

/**
 * Creates an administrator for a client test, which cannot reach the application's beans itself.
 * It exists only in test deployments ({@link Deployments#withTestSupport()}), never in the WAR:
 * the application has no demo data that tests could count on, and no way to become an
 * administrator from outside, by design.
 */
@WebServlet(urlPatterns = TestSupportServlet.ADMINS_PATH)
public class TestSupportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** {@code POST} here answers {@code {"username": …, "password": …}} of a new administrator. */
    public static final String ADMINS_PATH = "/test-support/admins";

    @Inject
    transient AccountService accounts;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        TestAccount admin = TestAccount.fresh("admin");
        accounts.create(admin.details(), admin.password(), EnumSet.of(Role.ADMIN), Actor.system());
        response.setStatus(HttpServletResponse.SC_CREATED);
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter()
                .write(Json.createObjectBuilder()
                        .add("username", admin.username())
                        .add("password", admin.password())
                        .build()
                        .toString());
    }
}
