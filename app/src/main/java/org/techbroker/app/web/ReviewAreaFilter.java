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
 * Answers 404 when a signed-in person who is no examiner opens a marking page, or one who is no
 * chief examiner opens the chief examiner's pages, as the administration area does: scripts are
 * confidential and their pages are not confirmed to exist.
 */
@WebFilter(filterName = "reviewArea", urlPatterns = "/review/*")
public class ReviewAreaFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean chief = request.isUserInRole(Role.CHIEF_EXAMINER_NAME);
        boolean examiner = chief || request.isUserInRole(Role.EXAMINER_NAME);
        boolean chiefArea = request.getRequestURI().startsWith(request.getContextPath() + "/review/chief/");
        if (!examiner || (chiefArea && !chief)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        chain.doFilter(request, response);
    }
}
