package org.techbroker.app.review.chief;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.admin.exams.analysis.ChartJson;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.certification.review.agreement.AgreementSummary;
import org.techbroker.certification.review.agreement.ExaminerAgreement;
import org.techbroker.courses.shared.AccountId;
import org.techbroker.courses.shared.DomainException;

/**
 * Everyone's agreement figures for a sitting ({@code ?sitting=…}): the sitting's summary, one line
 * per examiner, a chart of each examiner's severity and one of their exact and adjacent agreement.
 * The rules of the figures are those of the agreement statistics; a figure undefined for the marks
 * is a dash, never a zero.
 */
@Named
@ViewScoped
public class ChiefStatisticsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Harsher than co-markers in one colour, more lenient in another; agreement in two shades. */
    private static final String HARSHER = "rgba(11, 92, 173, 0.75)";

    private static final String MORE_LENIENT = "rgba(181, 71, 8, 0.75)";
    private static final String EXACT = "rgba(46, 125, 50, 0.8)";
    private static final String ADJACENT = "rgba(46, 125, 50, 0.4)";

    /** The figures of the sitting or of one examiner, written out; null where undefined. */
    public record Line(
            String examiner,
            int scripts,
            String meanPercent,
            String severity,
            String exactAgreement,
            String adjacentAgreement,
            String kappa,
            String icc)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ChiefReview chief;

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient ExaminerNames names;

    private String sitting;
    private boolean loaded;
    private long sittingId;
    private String title;
    private Line summary;
    private List<Line> examiners = List.of();
    private String severityChart;
    private String agreementChart;

    /** Reads the sitting named in the address; one that names none answers 404. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        Optional<Long> id = Pages.id(sitting);
        if (id.isEmpty()) {
            Pages.notFound();
            return;
        }
        Sitting found;
        try {
            found = administration.sitting(id.get());
        } catch (DomainException e) {
            Pages.notFound();
            return;
        }
        sittingId = found.id();
        title = found.title().in(FacesMessages.locale());
        AgreementReport report = chief.statistics(sittingId);
        AgreementSummary whole = report.sitting();
        summary = new Line(
                null,
                whole.pairs(),
                Figures.percent(whole.meanPercent()),
                null,
                Figures.fractionPercent(whole.exactAgreement()),
                Figures.fractionPercent(whole.adjacentAgreement()),
                Figures.coefficient(whole.kappa()),
                Figures.coefficient(whole.icc()));
        examiners = report.examiners().stream().map(this::line).toList();
        if (!report.examiners().isEmpty()) {
            severityChart = severityChart(report.examiners());
            agreementChart = agreementChart(report.examiners());
        }
    }

    private Line line(ExaminerAgreement agreement) {
        return new Line(
                names.label(new AccountId(agreement.examiner())),
                agreement.scripts(),
                Figures.percent(agreement.meanPercent()),
                Figures.signedPercent(agreement.severity()),
                Figures.fractionPercent(agreement.exactAgreement()),
                Figures.fractionPercent(agreement.adjacentAgreement()),
                Figures.coefficient(agreement.kappa()),
                Figures.coefficient(agreement.icc()));
    }

    /** Each examiner's severity in percentage points: below zero harsher than co-markers, above more lenient. */
    private String severityChart(List<ExaminerAgreement> agreements) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ExaminerAgreement agreement : agreements) {
            labels.add(names.label(new AccountId(agreement.examiner())));
            OptionalDouble severity = agreement.severity();
            if (severity.isPresent()) {
                values.add(round(severity.getAsDouble()));
            } else {
                values.addNull();
            }
            colours.add(severity.orElse(0) < 0 ? HARSHER : MORE_LENIENT);
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder()
                                                        .add("label", text("review_chief_statistics.column.severity"))
                                                        .add("data", values)
                                                        .add("backgroundColor", colours))))
                .add(
                        "options",
                        options(
                                text("review_chief_statistics.chart.severity_title"),
                                axis(text("review_chief_statistics.chart.severity_axis")),
                                false))
                .build();
        return ChartJson.forScript(config);
    }

    /** Each examiner's exact and adjacent agreement with co-markers, in percent of their scripts. */
    private String agreementChart(List<ExaminerAgreement> agreements) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder exact = Json.createArrayBuilder();
        JsonArrayBuilder adjacent = Json.createArrayBuilder();
        for (ExaminerAgreement agreement : agreements) {
            labels.add(names.label(new AccountId(agreement.examiner())));
            addPercent(exact, agreement.exactAgreement());
            addPercent(adjacent, agreement.adjacentAgreement());
        }
        JsonObject config = Json.createObjectBuilder()
                .add("type", "bar")
                .add(
                        "data",
                        Json.createObjectBuilder()
                                .add("labels", labels)
                                .add(
                                        "datasets",
                                        Json.createArrayBuilder()
                                                .add(dataset(
                                                        text("review_chief_statistics.column.exact"), exact, EXACT))
                                                .add(dataset(
                                                        text("review_chief_statistics.column.adjacent"),
                                                        adjacent,
                                                        ADJACENT))))
                .add(
                        "options",
                        options(
                                text("review_chief_statistics.chart.agreement_title"),
                                axis(text("review_chief_statistics.chart.agreement_axis"))
                                        .add("min", 0)
                                        .add("max", 100),
                                true))
                .build();
        return ChartJson.forScript(config);
    }

    private static void addPercent(JsonArrayBuilder values, OptionalDouble fraction) {
        if (fraction.isPresent()) {
            values.add(round(100 * fraction.getAsDouble()));
        } else {
            values.addNull();
        }
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("data", values)
                .add("backgroundColor", colour);
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder()
                .add("title", Json.createObjectBuilder().add("display", true).add("text", title));
    }

    private static JsonObjectBuilder options(String title, JsonObjectBuilder valueAxis, boolean legend) {
        return Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", Json.createObjectBuilder().add("y", valueAxis))
                .add(
                        "plugins",
                        Json.createObjectBuilder()
                                .add("legend", Json.createObjectBuilder().add("display", legend))
                                .add(
                                        "title",
                                        Json.createObjectBuilder()
                                                .add("display", true)
                                                .add("text", title)));
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static String text(String key, Object... arguments) {
        return FacesMessages.text(key, arguments);
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public long getSittingId() {
        return sittingId;
    }

    public String getTitle() {
        return title;
    }

    public Line getSummary() {
        return summary;
    }

    public List<Line> getExaminers() {
        return examiners;
    }

    public String getSeverityChart() {
        return severityChart;
    }

    public String getAgreementChart() {
        return agreementChart;
    }
}
