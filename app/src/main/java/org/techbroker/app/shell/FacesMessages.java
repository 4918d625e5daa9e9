package org.techbroker.app.shell;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.MessageInterpolator;
import java.util.Locale;
import org.techbroker.app.i18n.Messages;
import org.techbroker.app.i18n.ViolationMessages;
import org.techbroker.courses.shared.DomainException;

/**
 * Adds messages to the current page, by bundle key, in the page's language. Backing beans never
 * write text of their own: they name a key, or hand over the failure they caught.
 */
public final class FacesMessages {

    private FacesMessages() {}

    public static Locale locale() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getViewRoot() == null
                ? context.getApplication().getDefaultLocale()
                : context.getViewRoot().getLocale();
    }

    public static String text(String key, Object... arguments) {
        return Messages.get(locale(), key, arguments);
    }

    /** A message for the whole page, shown by the growl. */
    public static void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, text(key, arguments));
    }

    public static void error(String clientId, String key, Object... arguments) {
        add(clientId, FacesMessage.SEVERITY_ERROR, text(key, arguments));
    }

    /** Keeps the messages added now for the page that a redirect leads to. */
    public static void keepForNextPage() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A business failure, said for the whole page. */
    public static void failure(DomainException failure) {
        error(null, failure.messageKey(), failure.arguments());
    }

    /** Each violation next to the input of the form whose id is the violated field's name. */
    public static void violations(
            String formId, ConstraintViolationException failure, MessageInterpolator interpolator) {
        Locale locale = locale();
        FacesContext context = FacesContext.getCurrentInstance();
        failure.getConstraintViolations().forEach(violation -> {
            String field = ViolationMessages.leafField(violation);
            String clientId = field.isEmpty() ? null : formId + ":" + field;
            if (clientId != null && context.getViewRoot().findComponent(clientId) == null) {
                clientId = null;
            }
            add(clientId, FacesMessage.SEVERITY_ERROR, ViolationMessages.message(interpolator, violation, locale));
        });
        context.validationFailed();
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(clientId, new FacesMessage(severity, text, null));
        if (severity == FacesMessage.SEVERITY_ERROR) {
            context.validationFailed();
        }
    }
}
