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
 * Answers 404 when a signed-in person who is neither an enterprise verifier nor an administrator
 * opens the registry search, as the administration area does. A broker's profile decides for
 * itself, because brokers read their own.
 */
@WebFilter(
        filterName = "registryArea",
        urlPatterns = {"/registry/index.xhtml", "/registry/"})
public class RegistryAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!request.isUserInRole(Role.ENTERPRISE_NAME) && !request.isUserInRole(Role.ADMIN_NAME)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
