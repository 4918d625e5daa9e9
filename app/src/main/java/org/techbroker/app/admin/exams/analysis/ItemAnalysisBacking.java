package org.techbroker.app.admin.exams.analysis;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.app.shell.Responses;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.Sitting;
import org.techbroker.certification.exam.analysis.AnalysedItem;
import org.techbroker.certification.exam.analysis.AnalysedOption;
import org.techbroker.certification.exam.analysis.ItemStatistics;
import org.techbroker.certification.exam.analysis.ReviewFlag;
import org.techbroker.certification.exam.analysis.SittingAnalysis;
import org.techbroker.certification.exam.analysis.SittingItemAnalysis;
import org.techbroker.certification.exam.analysis.SittingStatistics;
import org.techbroker.courses.shared.DomainException;

/**
 * The item analysis page of a sitting ({@code ?sitting=…}): the statistics of the totals, the table
 * of item versions with their review flags, a chart of facility against discrimination, and one
 * item's options ({@code &item=…}, the version id) with how they drew candidates. Without a sitting
 * it lists the sittings to choose from. The table downloads as CSV for spreadsheets.
 *
 * <p>A statistic that is undefined for the data is shown as a dash with the reason as its title,
 * never as 0, which would read as a finding.
 */
@Named
@ViewScoped
public class ItemAnalysisBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";

    /** Chart colours: green for keys and unflagged items, red for flagged ones, grey for distractors. */
    private static final String GOOD = "rgba(46, 125, 50, 0.75)";

    private static final String FLAGGED = "rgba(198, 40, 40, 0.8)";
    private static final String DISTRACTOR = "rgba(96, 125, 139, 0.7)";

    /** A sitting to choose from, when the address names none. */
    public record SittingRow(long id, String titleZh, String titleEn, String level, String opensAt, String closesAt)
            implements Serializable {

        private static final long serialVersionUID = 1L;

        public String title(Locale locale) {
            return inLanguage(locale, titleZh, titleEn);
        }
    }

    @Inject
    transient SittingAnalysis analysis;

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient Formats formats;

    private String sitting;
    private String item;

    private boolean loaded;
    private long sittingId;
    private String titleZh;
    private String titleEn;
    private String level;
    private boolean resultsReleased;
    private SittingItemAnalysis.Counts counts;
    private Double meanTotal;
    private Double standardDeviation;
    private int alphaItems;
    private Double alpha;
    private Double sem;
    private String totalsAbsence;
    private String spreadAbsence;
    private String alphaAbsence;
    private List<ItemRow> items = new ArrayList<>();
    private int unplotted;
    private String scatterChart;
    private ItemRow selected;
    private String distractorChart;
    private List<SittingRow> sittings = List.of();

    /** Reads the sitting (and item) named in the address; one that names none answers 404. */
    public void load() {
        if (loaded) {
            return;
        }
        loaded = true;
        if (sitting == null || sitting.isBlank()) {
            sittings = administration.sittings().stream().map(this::sittingRow).toList();
            return;
        }
        Optional<Long> id = id(sitting);
        if (id.isEmpty()) {
            Responses.notFound();
            return;
        }
        SittingItemAnalysis report;
        try {
            report = analysis.analyse(id.get());
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                Responses.notFound();
            } else {
                FacesMessages.failure(e);
            }
            return;
        }
        show(report);
        if (item != null && !item.isBlank()) {
            Optional<ItemRow> chosen = id(item).flatMap(versionId -> items.stream()
                    .filter(row -> row.getVersionId() == versionId)
                    .findFirst());
            if (chosen.isEmpty()) {
                Responses.notFound();
                return;
            }
            selected = chosen.get();
            distractorChart = distractorChart(selected);
        }
    }

    private void show(SittingItemAnalysis report) {
        sittingId = report.sittingId();
        titleZh = report.title().zh();
        titleEn = report.title().en();
        level = report.level().name();
        resultsReleased = report.resultsReleased();
        counts = report.counts();
        SittingStatistics statistics = report.statistics();
        meanTotal = value(statistics.meanTotal());
        standardDeviation = value(statistics.totalStandardDeviation());
        alphaItems = statistics.alphaItems();
        alpha = value(statistics.cronbachAlpha());
        sem = value(statistics.standardErrorOfMeasurement());
        int candidates = statistics.candidates();
        totalsAbsence = candidates == 0 ? "admin_exams_analysis.absent.no_candidates" : null;
        spreadAbsence = candidates < 2 ? "admin_exams_analysis.absent.one_candidate" : null;
        if (candidates < 2) {
            alphaAbsence = "admin_exams_analysis.absent.one_candidate";
        } else if (alphaItems < 2) {
            alphaAbsence = "admin_exams_analysis.absent.common_items";
        } else {
            alphaAbsence = "admin_exams_analysis.absent.totals_constant";
        }
        // A list the table may sort in place: PrimeFaces sorts the value of a non-lazy table itself.
        items = new ArrayList<>(
                report.items().stream().map(ItemAnalysisBacking::row).toList());
        unplotted = (int)
                items.stream().filter(row -> row.getDiscrimination() == null).count();
        scatterChart = items.size() > unplotted ? scatterChart(items) : null;
    }

    private static ItemRow row(AnalysedItem item) {
        ItemStatistics statistics = item.statistics();
        List<ItemRow.OptionRow> options = new ArrayList<>();
        for (AnalysedOption option : item.options()) {
            options.add(new ItemRow.OptionRow(
                    option.letter(),
                    option.text().zh(),
                    option.text().en(),
                    option.key(),
                    option.chosenBy(),
                    value(option.meanTotalOfChoosers())));
        }
        Double discrimination = value(statistics.discrimination());
        String absence = discrimination != null
                ? null
                : statistics.candidates() < 2
                        ? "admin_exams_analysis.absent.item_one_candidate"
                        : "admin_exams_analysis.absent.item_constant";
        return new ItemRow(
                item.versionId(),
                item.itemKey(),
                item.versionNo(),
                item.type().name(),
                item.course().value(),
                item.difficulty().name(),
                item.stem().zh(),
                item.stem().en(),
                statistics.maxPoints(),
                statistics.candidates(),
                statistics.omitted(),
                statistics.facility(),
                discrimination,
                absence,
                item.flags().stream().sorted().map(Enum::name).toList(),
                options);
    }

    private SittingRow sittingRow(Sitting sitting) {
        return new SittingRow(
                sitting.id(),
                sitting.title().zh(),
                sitting.title().en(),
                sitting.level().name(),
                formats.dateTime(sitting.opensAt()),
                formats.dateTime(sitting.closesAt()));
    }

    /** Facility across, discrimination up: the items an examiner should read first stand apart. */
    private static String scatterChart(List<ItemRow> items) {
        JsonArrayBuilder unflagged = Json.createArrayBuilder();
        JsonArrayBuilder flagged = Json.createArrayBuilder();
        for (ItemRow row : items) {
            if (row.getDiscrimination() == null) {
                continue;
            }
            JsonObjectBuilder point = Json.createObjectBuilder()
                    .add("x", round(row.getFacility()))
                    .add("y", round(row.getDiscrimination()))
                    .add("item", row.getItemKey() + " v" + row.getVersion());
            (row.isFlagged() ? flagged : unflagged).add(point);
        }
        JsonObject config = ChartJson.chart(
                "scatter",
                null,
                Json.createArrayBuilder()
                        .add(dataset(text("admin_exams_analysis.chart.unflagged"), unflagged, GOOD))
                        .add(dataset(text("admin_exams_analysis.chart.flagged"), flagged, FLAGGED)),
                ChartJson.options(
                        Json.createObjectBuilder()
                                .add("x", axis(text("admin_exams_analysis.column.facility"), 0, 1))
                                .add("y", axis(text("admin_exams_analysis.column.discrimination"), -1, 1)),
                        text("admin_exams_analysis.chart.scatter_title")));
        return ChartJson.forScript(config);
    }

    /** How many candidates chose each option, the keys in green. */
    private static String distractorChart(ItemRow row) {
        if (row.getOptions().isEmpty()) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder counts = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        for (ItemRow.OptionRow option : row.getOptions()) {
            labels.add(
                    option.isKey()
                            ? option.getLetter() + " (" + text("admin_exams_analysis.column.key") + ")"
                            : option.getLetter());
            counts.add(option.getChosenBy());
            colours.add(option.isKey() ? GOOD : DISTRACTOR);
        }
        JsonObject config = ChartJson.chart(
                "bar",
                labels,
                Json.createArrayBuilder()
                        .add(ChartJson.dataset(text("admin_exams_analysis.column.chosen_by"), counts, colours)),
                ChartJson.options(
                        Json.createObjectBuilder()
                                .add(
                                        "y",
                                        Json.createObjectBuilder()
                                                .add("beginAtZero", true)
                                                .add(
                                                        "ticks",
                                                        Json.createObjectBuilder()
                                                                .add("precision", 0))),
                        text("admin_exams_analysis.chart.distractor_title", row.getItemKey()),
                        false));
        return ChartJson.forScript(config);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder points, String colour) {
        return ChartJson.dataset(label, points, colour).add("pointRadius", 5);
    }

    private static JsonObjectBuilder axis(String title, int min, int max) {
        return Json.createObjectBuilder().add("min", min).add("max", max).add("title", ChartJson.title(title));
    }

    /** The item table as CSV, analysed afresh, with a byte order mark so that Excel reads it as UTF-8. */
    public StreamedContent download() {
        try {
            byte[] bytes = analysis.analyse(sittingId).csv(true).getBytes(StandardCharsets.UTF_8);
            return DefaultStreamedContent.builder()
                    .name("item-analysis-sitting-" + sittingId + ".csv")
                    .contentType(CSV_CONTENT_TYPE)
                    .contentLength((long) bytes.length)
                    .stream(() -> new ByteArrayInputStream(bytes))
                    .build();
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
    }

    /** A statistic with two decimals, the same in both languages. */
    public String number(Double value) {
        return value == null ? "" : String.format(Locale.ROOT, "%.2f", value);
    }

    public double getHardBelow() {
        return ReviewFlag.HARD_BELOW;
    }

    public double getEasyAbove() {
        return ReviewFlag.EASY_ABOVE;
    }

    public double getDiscriminationBelow() {
        return ReviewFlag.DISCRIMINATION_BELOW;
    }

    static String inLanguage(Locale locale, String zh, String en) {
        return "zh".equals(locale.getLanguage()) ? zh : en;
    }

    private static String text(String key, Object... arguments) {
        return FacesMessages.text(key, arguments);
    }

    private static Double value(OptionalDouble statistic) {
        return statistic.isPresent() ? statistic.getAsDouble() : null;
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static Optional<Long> id(String parameter) {
        try {
            return Optional.of(Long.parseLong(parameter.strip()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    /** Whether the page shows a sitting's analysis (otherwise the list of sittings). */
    public boolean isAnalysing() {
        return counts != null;
    }

    public long getSittingId() {
        return sittingId;
    }

    public String title(Locale locale) {
        return inLanguage(locale, titleZh, titleEn);
    }

    public String getLevel() {
        return level;
    }

    public boolean isResultsReleased() {
        return resultsReleased;
    }

    public SittingItemAnalysis.Counts getCounts() {
        return counts;
    }

    public Double getMeanTotal() {
        return meanTotal;
    }

    public Double getStandardDeviation() {
        return standardDeviation;
    }

    public int getAlphaItems() {
        return alphaItems;
    }

    public Double getAlpha() {
        return alpha;
    }

    public Double getSem() {
        return sem;
    }

    public String getTotalsAbsence() {
        return totalsAbsence;
    }

    public String getSpreadAbsence() {
        return spreadAbsence;
    }

    public String getAlphaAbsence() {
        return alphaAbsence;
    }

    public List<ItemRow> getItems() {
        return items;
    }

    public int getFlaggedCount() {
        return (int) items.stream().filter(ItemRow::isFlagged).count();
    }

    public int getUnplotted() {
        return unplotted;
    }

    public String getScatterChart() {
        return scatterChart;
    }

    public ItemRow getSelected() {
        return selected;
    }

    public String getDistractorChart() {
        return distractorChart;
    }

    public List<SittingRow> getSittings() {
        return sittings;
    }
}
