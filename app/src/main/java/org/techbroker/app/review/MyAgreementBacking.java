package org.techbroker.app.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.function.DoubleFunction;
import org.techbroker.app.admin.exams.analysis.ChartJson;
import org.techbroker.app.i18n.LocaleSelection;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Responses;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.review.MarkingService;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.certification.review.agreement.AgreementSummary;
import org.techbroker.certification.review.agreement.ExaminerAgreement;
import org.techbroker.courses.shared.DomainException;

/**
 * The examiner's own agreement figures for a sitting ({@code review/statistics.xhtml?sitting=…})
 * beside the sitting's: mean mark, severity, exact and adjacent agreement, kappa and ICC, with a
 * chart of the percentages. The service gives the examiner their own line only. A figure that is
 * undefined for the marks there are reads "—", never 0, which would read as a finding.
 */
@Named
@RequestScoped
public class MyAgreementBacking {

    static final String UNDEFINED = "—";

    private static final String YOU_COLOUR = "rgba(11, 92, 173, 0.8)";
    private static final String SITTING_COLOUR = "rgba(96, 125, 139, 0.6)";

    /** A sitting to choose from. */
    public record SittingChoice(long id, String title) {}

    /** One figure: its name, the examiner's value and the sitting's, as the table shows them. */
    public record Figure(String name, String you, String sitting) {

        public String key() {
            return "review_statistics.figure." + name;
        }
    }

    @Inject
    MarkingService marking;

    @Inject
    ExamAdministration administration;

    @Inject
    CurrentCaller caller;

    @Inject
    LocaleSelection localeSelection;

    private String sitting;
    private Long sittingId;
    private String sittingTitle;
    private List<SittingChoice> sittings = List.of();
    private List<Figure> figures = List.of();
    private String chart;

    public void load() {
        Locale locale = localeSelection.getLocale();
        sittings = administration.sittings().stream()
                .map(s -> new SittingChoice(s.id(), s.title().in(locale)))
                .toList();
        if (sitting == null || sitting.isBlank()) {
            return;
        }
        OptionalLong id = ReviewPages.id(sitting);
        if (id.isEmpty() || caller.accountId().isEmpty()) {
            Responses.notFound();
            return;
        }
        try {
            Sitting chosen = administration.sitting(id.getAsLong());
            AgreementReport report = marking.statistics(caller.requireAccountId(), chosen.id());
            sittingId = chosen.id();
            sittingTitle = chosen.title().in(locale);
            show(report);
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                Responses.notFound();
            } else {
                FacesMessages.failure(e);
            }
        }
    }

    private void show(AgreementReport report) {
        AgreementSummary all = report.sitting();
        ExaminerAgreement own = report.examiners().isEmpty()
                ? new ExaminerAgreement(
                        0,
                        0,
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty(),
                        OptionalDouble.empty())
                : report.examiners().get(0);
        List<Figure> shown = new ArrayList<>();
        shown.add(new Figure("scripts", String.valueOf(own.scripts()), String.valueOf(all.pairs())));
        shown.add(new Figure(
                "mean",
                text(own.meanPercent(), MyAgreementBacking::percent),
                text(all.meanPercent(), MyAgreementBacking::percent)));
        shown.add(new Figure("severity", text(own.severity(), MyAgreementBacking::signed), ""));
        shown.add(new Figure(
                "exact",
                text(own.exactAgreement(), MyAgreementBacking::fraction),
                text(all.exactAgreement(), MyAgreementBacking::fraction)));
        shown.add(new Figure(
                "adjacent",
                text(own.adjacentAgreement(), MyAgreementBacking::fraction),
                text(all.adjacentAgreement(), MyAgreementBacking::fraction)));
        shown.add(new Figure(
                "kappa",
                text(own.kappa(), MyAgreementBacking::coefficient),
                text(all.kappa(), MyAgreementBacking::coefficient)));
        shown.add(new Figure(
                "icc",
                text(own.icc(), MyAgreementBacking::coefficient),
                text(all.icc(), MyAgreementBacking::coefficient)));
        figures = shown;
        boolean anything = all.pairs() > 0;
        chart = anything ? chart(own, all) : null;
    }

    static String text(OptionalDouble value, DoubleFunction<String> format) {
        return value.isPresent() ? format.apply(value.getAsDouble()) : UNDEFINED;
    }

    static String percent(double value) {
        return String.format(Locale.ROOT, "%.1f%%", value);
    }

    static String fraction(double value) {
        return percent(100 * value);
    }

    /** Percentage points against the co-markers: "+3.2" marks more leniently, "−3.2" more severely. */
    static String signed(double value) {
        String magnitude = String.format(Locale.ROOT, "%.1f", Math.abs(value));
        if (magnitude.equals("0.0")) {
            return "±0.0";
        }
        return (value > 0 ? "+" : "\u2212") + magnitude;
    }

    static String coefficient(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    /** The percentages side by side: the examiner's bars against the sitting's. */
    private static String chart(ExaminerAgreement own, AgreementSummary all) {
        JsonArrayBuilder labels = Json.createArrayBuilder()
                .add(FacesMessages.text("review_statistics.figure.mean"))
                .add(FacesMessages.text("review_statistics.figure.exact"))
                .add(FacesMessages.text("review_statistics.figure.adjacent"));
        JsonArrayBuilder yours = Json.createArrayBuilder();
        ChartJson.addRounded(yours, own.meanPercent(), 1);
        ChartJson.addRounded(yours, own.exactAgreement(), 100);
        ChartJson.addRounded(yours, own.adjacentAgreement(), 100);
        JsonArrayBuilder sittings = Json.createArrayBuilder();
        ChartJson.addRounded(sittings, all.meanPercent(), 1);
        ChartJson.addRounded(sittings, all.exactAgreement(), 100);
        ChartJson.addRounded(sittings, all.adjacentAgreement(), 100);
        JsonObjectBuilder percentAxis =
                Json.createObjectBuilder().add("min", 0).add("max", 100).add("title", ChartJson.title("%"));
        return ChartJson.forScript(ChartJson.chart(
                "bar",
                labels,
                Json.createArrayBuilder()
                        .add(ChartJson.dataset(FacesMessages.text("review_statistics.column.you"), yours, YOU_COLOUR))
                        .add(ChartJson.dataset(
                                FacesMessages.text("review_statistics.column.sitting"), sittings, SITTING_COLOUR)),
                ChartJson.options(
                        Json.createObjectBuilder().add("y", percentAxis),
                        FacesMessages.text("review_statistics.chart.title"))));
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public Long getSittingId() {
        return sittingId;
    }

    public String getSittingTitle() {
        return sittingTitle;
    }

    public List<SittingChoice> getSittings() {
        return sittings;
    }

    public List<Figure> getFigures() {
        return figures;
    }

    public String getChart() {
        return chart;
    }

    public String getUndefined() {
        return UNDEFINED;
    }
}
