package org.techbroker.app.shell;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Map;
import org.techbroker.app.account.AccountService;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.i18n.SupportedLocales;
import org.techbroker.app.security.CurrentCaller;

/**
 * The language switch in the header. The choice holds for the session and, for a signed-in
 * person, is remembered with their account for the next visit.
 */
@Named
@RequestScoped
public class LanguageBacking {

    @Inject
    LocaleSelection localeSelection;

    @Inject
    AccountService accounts;

    @Inject
    CurrentCaller caller;

    public void switchTo(String languageTag) throws IOException {
        SupportedLocales.fromTag(languageTag).ifPresent(locale -> {
            localeSelection.choose(locale);
            caller.username().ifPresent(username -> accounts.changePreferredLocale(username, locale));
        });
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String query = request.getQueryString();
        if (query == null && context.getViewRoot() != null) {
            // A form posts to the bare page address; its view parameters (the course of a course
            // page, the lesson of a lesson page) must come back with it, or the page would be lost.
            external.redirect(context.getApplication()
                    .getViewHandler()
                    .getBookmarkableURL(context, context.getViewRoot().getViewId(), Map.of(), true));
            return;
        }
        external.redirect(request.getRequestURI() + (query == null ? "" : "?" + query));
    }
}
