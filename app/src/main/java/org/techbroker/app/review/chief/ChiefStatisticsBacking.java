package org.techbroker.app.review.chief;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.techbroker.app.admin.exams.analysis.ChartJson;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.agreement.AgreementReport;
import org.techbroker.certification.review.agreement.AgreementSummary;
import org.techbroker.certification.review.agreement.ExaminerAgreement;
import org.techbroker.courses.shared.AccountId;

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
        Optional<AddressedSitting> found = AddressedSitting.read(administration, sitting);
        if (found.isEmpty()) {
            return;
        }
        sittingId = found.get().id();
        title = found.get().title();
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
            ChartJson.addRounded(values, severity, 1);
            colours.add(severity.orElse(0) < 0 ? HARSHER : MORE_LENIENT);
        }
        return ChartJson.forScript(ChartJson.chart(
                "bar",
                labels,
                Json.createArrayBuilder()
                        .add(ChartJson.dataset(text("review_chief_statistics.column.severity"), values, colours)),
                options(
                        text("review_chief_statistics.chart.severity_title"),
                        axis(text("review_chief_statistics.chart.severity_axis")),
                        false)));
    }

    /** Each examiner's exact and adjacent agreement with co-markers, in percent of their scripts. */
    private String agreementChart(List<ExaminerAgreement> agreements) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder exact = Json.createArrayBuilder();
        JsonArrayBuilder adjacent = Json.createArrayBuilder();
        for (ExaminerAgreement agreement : agreements) {
            labels.add(names.label(new AccountId(agreement.examiner())));
            ChartJson.addRounded(exact, agreement.exactAgreement(), 100);
            ChartJson.addRounded(adjacent, agreement.adjacentAgreement(), 100);
        }
        return ChartJson.forScript(ChartJson.chart(
                "bar",
                labels,
                Json.createArrayBuilder()
                        .add(ChartJson.dataset(text("review_chief_statistics.column.exact"), exact, EXACT))
                        .add(ChartJson.dataset(text("review_chief_statistics.column.adjacent"), adjacent, ADJACENT)),
                options(
                        text("review_chief_statistics.chart.agreement_title"),
                        axis(text("review_chief_statistics.chart.agreement_axis"))
                                .add("min", 0)
                                .add("max", 100),
                        true)));
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder().add("title", ChartJson.title(title));
    }

    private static JsonObjectBuilder options(String title, JsonObjectBuilder valueAxis, boolean legend) {
        return ChartJson.options(Json.createObjectBuilder().add("y", valueAxis), title, legend);
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
