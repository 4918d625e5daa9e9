package org.techbroker.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.techbroker.app.account.Role;

/**
 * Answers 404, not 403, when a signed-in person without the ADMIN role opens an administration
 * page: the administration area should not even be confirmed to exist. The security constraint
 * in web.xml has already sent anonymous visitors to the login page.
 */
@WebFilter(filterName = "adminArea", urlPatterns = "/admin/*")
public class AdminAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(Role.ADMIN_NAME)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
