package org.techbroker.app.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.OptionalDouble;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.techbroker.app.account.Role;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.analysis.AnalysedItem;
import org.techbroker.certification.exam.analysis.AnalysedOption;
import org.techbroker.certification.exam.analysis.ReviewFlag;
import org.techbroker.certification.exam.analysis.SittingAnalysis;
import org.techbroker.certification.exam.analysis.SittingItemAnalysis;
import org.techbroker.certification.exam.analysis.SittingStatistics;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The item analysis of a sitting for administrators, the same as on the item analysis page: JSON
 * by default, or the CSV item table for a client that asks for {@code text/csv} (one address, its
 * two representations chosen by {@code Accept}, as HTTP intends). A statistic that is undefined for
 * the data is left out of the JSON, never sent as 0; in the CSV it is an empty cell. The CSV has
 * no byte order mark: a program reads the charset from the media type (the page's download, meant
 * for spreadsheets, has one).
 */
@Path("/admin/exams/sittings/{sittingId}/item-analysis")
@Tag(name = "Exam administration")
@RequestScoped
@SignedIn(Role.ADMIN)
public class AdminItemAnalysisResource {

    static final String CSV = "text/csv";

    @Inject
    SittingAnalysis analysis;

    @Context
    HttpHeaders headers;

    /** The sitting's analysis; fields of undefined statistics are absent. */
    public record ItemAnalysis(
            long sittingId,
            CatalogRepresentations.Text title,
            QualificationLevel level,
            boolean resultsReleased,
            Counts counts,
            Totals totals,
            Thresholds thresholds,
            List<Item> items) {}

    /**
     * @param submitted the submitted attempts: the candidates analysed
     * @param inProgress attempts still running, left out
     * @param unmarkedEssays essay responses left out for want of a mark
     */
    public record Counts(int registrations, int submitted, int inProgress, int unmarkedEssays) {}

    /** The statistics of the candidates' totals; alpha and SEM run over {@code alphaItems} items. */
    public record Totals(
            int candidates,
            Double meanTotal,
            Double standardDeviation,
            int alphaItems,
            Double cronbachAlpha,
            Double standardErrorOfMeasurement) {}

    /** Where the review flags start. */
    public record Thresholds(double facilityBelow, double facilityAbove, double discriminationBelow) {}

    /** One item version: items are told apart by version, so a revised item is two entries. */
    public record Item(
            long versionId,
            String itemKey,
            int version,
            ItemType type,
            String topic,
            Difficulty difficulty,
            CatalogRepresentations.Text stem,
            BigDecimal maxPoints,
            int candidates,
            int omitted,
            double facility,
            Double discrimination,
            List<ReviewFlag> flags,
            List<Option> options) {}

    /** An option in the author's order (letters A, B…), with how many chose it and their mean total. */
    public record Option(
            long id,
            String letter,
            CatalogRepresentations.Text text,
            boolean key,
            int chosenBy,
            Double meanTotalOfChoosers) {}

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "The item analysis of a sitting's submitted attempts",
            description = "Facility, corrected item-total discrimination, omissions, review flags and the options' "
                    + "counts per item version; mean, standard deviation, Cronbach's alpha and SEM of the totals. "
                    + "Attempts still running and essays not marked yet are left out and counted. "
                    + "Accept: text/csv answers the CSV item table instead (UTF-8, RFC 4180, no byte order mark).")
    @APIResponse(
            responseCode = "200",
            description = "The analysis",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ItemAnalysis.class)),
                @Content(mediaType = CSV)
            })
    @APIResponse(
            responseCode = "401",
            description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "403",
            description = "Not an administrator",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(
            responseCode = "404",
            description = "No such sitting",
            content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response get(@Parameter(description = "The sitting's id") @PathParam("sittingId") long sittingId) {
        SittingItemAnalysis report = analysis.analyse(sittingId);
        CacheControl noStore = new CacheControl();
        noStore.setPrivate(true);
        noStore.setNoStore(true);
        if (wantsCsv()) {
            return Response.ok(report.csv(false), CSV + "; charset=UTF-8; header=present")
                    .header(
                            "Content-Disposition",
                            ContentDisposition.attachment("item-analysis-sitting-" + sittingId + ".csv"))
                    .cacheControl(noStore)
                    .build();
        }
        return Response.ok(representation(report), MediaType.APPLICATION_JSON_TYPE)
                .cacheControl(noStore)
                .build();
    }

    /** CSV only when the client prefers it to JSON: any wildcard reads as JSON, the API's usual answer. */
    private boolean wantsCsv() {
        MediaType csv = MediaType.valueOf(CSV);
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            if (acceptable.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (acceptable.isCompatible(csv)) {
                return true;
            }
        }
        return false;
    }

    static ItemAnalysis representation(SittingItemAnalysis report) {
        SittingStatistics statistics = report.statistics();
        SittingItemAnalysis.Counts counts = report.counts();
        return new ItemAnalysis(
                report.sittingId(),
                CatalogRepresentations.Text.of(report.title()),
                report.level(),
                report.resultsReleased(),
                new Counts(counts.registrations(), counts.submitted(), counts.inProgress(), counts.unmarkedEssays()),
                new Totals(
                        statistics.candidates(),
                        value(statistics.meanTotal()),
                        value(statistics.totalStandardDeviation()),
                        statistics.alphaItems(),
                        value(statistics.cronbachAlpha()),
                        value(statistics.standardErrorOfMeasurement())),
                new Thresholds(ReviewFlag.HARD_BELOW, ReviewFlag.EASY_ABOVE, ReviewFlag.DISCRIMINATION_BELOW),
                report.items().stream().map(AdminItemAnalysisResource::item).toList());
    }

    private static Item item(AnalysedItem item) {
        return new Item(
                item.versionId(),
                item.itemKey(),
                item.versionNo(),
                item.type(),
                item.course().value(),
                item.difficulty(),
                CatalogRepresentations.Text.of(item.stem()),
                item.statistics().maxPoints(),
                item.statistics().candidates(),
                item.statistics().omitted(),
                item.statistics().facility(),
                value(item.statistics().discrimination()),
                item.flags().stream().sorted().toList(),
                item.options().stream().map(AdminItemAnalysisResource::option).toList());
    }

    private static Option option(AnalysedOption option) {
        return new Option(
                option.optionId(),
                option.letter(),
                CatalogRepresentations.Text.of(option.text()),
                option.key(),
                option.chosenBy(),
                value(option.meanTotalOfChoosers()));
    }

    private static Double value(OptionalDouble statistic) {
        return statistic.isPresent() ? statistic.getAsDouble() : null;
    }
}
