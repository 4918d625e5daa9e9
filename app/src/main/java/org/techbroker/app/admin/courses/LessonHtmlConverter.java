package org.techbroker.app.admin.courses;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * Turns what an author submits as a lesson body (from the rich-text editor or typed as HTML) into
 * the HTML the lesson will store, at once: the page never holds, nor shows back, markup the
 * sanitiser would not let through.
 */
@FacesConverter("techbroker.lessonHtml")
public class LessonHtmlConverter implements Converter<String> {

    @Override
    public String getAsObject(FacesContext context, UIComponent component, String value) {
        return value == null ? null : EditorHtml.toLessonHtml(value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, String value) {
        return value == null ? "" : value;
    }
}
