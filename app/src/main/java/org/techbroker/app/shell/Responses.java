package org.techbroker.app.shell;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Answers a page request with an error page instead of the page. A page that finds nothing to show
 * (an unknown id, a draft its reader may not know of) answers 404, like any missing page, so that
 * it tells nothing about what exists.
 */
public final class Responses {

    private Responses() {}

    public static void notFound() {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
