package org.techbroker.app.learn;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.math.BigDecimal;
import org.techbroker.app.i18n.Messages;
import org.techbroker.app.learn.valuation.NumberText;

/**
 * Reads the answer to a numeric practice item by the rule the valuation workbench reads numbers
 * with ({@link NumberText}): a point for decimals, thousands separators ignored where they group
 * three digits, a comma anywhere else refused rather than guessed at. Text that is no number fails
 * the conversion with a localised message beside the field, so Faces skips the submission and
 * nothing is recorded; an empty field is no answer, which scores as wrong.
 */
@FacesConverter(NumericAnswerConverter.ID)
public class NumericAnswerConverter implements Converter<BigDecimal> {

    public static final String ID = "techbroker.numericAnswer";
    static final String NOT_A_NUMBER = "learn_quiz.message.error.not_a_number";

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (NumberText.isBlank(value)) {
            return null;
        }
        return NumberText.parse(value)
                .orElseThrow(() -> new ConverterException(new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Messages.get(context.getViewRoot().getLocale(), NOT_A_NUMBER),
                        null)));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
