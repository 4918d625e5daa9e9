package org.techbroker.app.review;

import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.util.OptionalLong;

/**
 * What the review pages share: reading an id from the address, and writing points as examiners
 * give them (whole numbers stay whole; a mean keeps its decimals) and differences as signed
 * numbers, with a real minus sign.
 */
final class ReviewPages {

    private ReviewPages() {}

    /** A positive id as the address gives it; empty for anything else. */
    static OptionalLong id(String text) {
        if (text == null || !text.strip().matches("[0-9]{1,18}")) {
            return OptionalLong.empty();
        }
        long value = Long.parseLong(text.strip());
        return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
    }

    /** Keeps the messages added now for the page a redirect leads to. */
    static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    static String points(BigDecimal points) {
        return points == null ? "" : points.stripTrailingZeros().toPlainString();
    }

    /** Mine minus theirs: "+2", "−1", "±0"; empty when either is missing. */
    static String difference(BigDecimal mine, BigDecimal theirs) {
        if (mine == null || theirs == null) {
            return "";
        }
        BigDecimal difference = mine.subtract(theirs);
        String magnitude = points(difference.abs());
        return switch (difference.signum()) {
            case 1 -> "+" + magnitude;
            case -1 -> "\u2212" + magnitude;
            default -> "\u00b10";
        };
    }
}
