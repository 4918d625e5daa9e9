package org.techbroker.app.review.chief;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.security.CurrentCaller;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.app.shell.Formats;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.review.ChiefReview;
import org.techbroker.certification.review.FlagState;
import org.techbroker.certification.review.SimilarityFlag;
import org.techbroker.certification.review.similarity.Passage;
import org.techbroker.courses.shared.DomainException;

/**
 * The similarity flags of a sitting ({@code ?sitting=…}): the check that compares every pair of
 * its scripts, the flags it raised, and for one flag ({@code &flag=…}) the two essays side by side
 * with their matching passages marked, and the chief examiner's verdict with a note. A flag and
 * its verdict change no mark; what a confirmed likeness leads to happens outside marking.
 */
@Named
@ViewScoped
public class ChiefSimilarityBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The verdicts a chief examiner gives; open is where a flag starts. */
    private static final List<FlagState> VERDICTS = List.of(FlagState.DISMISSED, FlagState.CONFIRMED);

    /** A flag as the list shows it. */
    public record FlagLine(
            long id,
            String firstCode,
            String secondCode,
            String similarity,
            int passages,
            FlagState state,
            String detectedAt,
            String reviewedBy)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    /** The flag being read: both essays cut into plain and matching stretches, and its verdict. */
    public record Comparison(
            long id,
            String firstCode,
            String secondCode,
            String similarity,
            List<HighlightedText.Segment> first,
            List<HighlightedText.Segment> second,
            int passages,
            FlagState state,
            String note,
            String reviewedBy,
            String reviewedAt)
            implements Serializable {

        private static final long serialVersionUID = 1L;
    }

    @Inject
    transient ChiefReview chief;

    @Inject
    transient ExamAdministration administration;

    @Inject
    transient CurrentCaller caller;

    @Inject
    transient ExaminerNames names;

    @Inject
    transient Formats formats;

    private String sitting;
    private String flag;
    private boolean loaded;
    private long sittingId;
    private String title;
    private List<FlagLine> flags = List.of();
    private Comparison comparison;
    private FlagState verdict;
    private String note;

    /** Reads the sitting and the flag the address names; anything unknown answers 404. */
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
        List<SimilarityFlag> all = show();
        if (flag != null && !flag.isBlank()) {
            Optional<Long> flagId = Pages.id(flag);
            Optional<SimilarityFlag> chosen = flagId.flatMap(
                    wanted -> all.stream().filter(f -> f.id().equals(wanted)).findFirst());
            if (chosen.isEmpty()) {
                Pages.notFound();
                return;
            }
            compare(chosen.get());
        }
    }

    private List<SimilarityFlag> show() {
        List<SimilarityFlag> all = chief.similarityFlags(sittingId);
        flags = all.stream().map(this::line).toList();
        return all;
    }

    private FlagLine line(SimilarityFlag flag) {
        return new FlagLine(
                flag.id(),
                flag.first().code(),
                flag.second().code(),
                percent(flag.similarity()),
                flag.passages().size(),
                flag.state(),
                formats.dateTime(flag.detectedAt()),
                flag.reviewedBy().map(names::label).orElse(null));
    }

    private void compare(SimilarityFlag flag) {
        List<Passage> passages = flag.passages();
        comparison = new Comparison(
                flag.id(),
                flag.first().code(),
                flag.second().code(),
                percent(flag.similarity()),
                HighlightedText.cut(
                        flag.first().essayText(),
                        passages.stream()
                                .map(p -> new HighlightedText.Range(p.startA(), p.endA()))
                                .toList()),
                HighlightedText.cut(
                        flag.second().essayText(),
                        passages.stream()
                                .map(p -> new HighlightedText.Range(p.startB(), p.endB()))
                                .toList()),
                passages.size(),
                flag.state(),
                flag.note().orElse(null),
                flag.reviewedBy().map(names::label).orElse(null),
                flag.reviewedAt().map(formats::dateTime).orElse(null));
        verdict = flag.state() == FlagState.OPEN ? null : flag.state();
        note = flag.note().orElse(null);
    }

    /** Compares every pair of the sitting's scripts again; verdicts already given stay. */
    public void check() {
        try {
            List<SimilarityFlag> found = chief.detectSimilarity(sittingId);
            FacesMessages.info("review_chief_similarity.message.checked", found.size());
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
        show();
    }

    /** Records the verdict on the flag being read, and shows it again. */
    public String review() {
        if (comparison == null) {
            return null;
        }
        if (verdict == null) {
            FacesMessages.error(null, "review.error.flag_verdict_required");
            return null;
        }
        try {
            chief.reviewFlag(caller.requireAccountId(), comparison.id(), verdict, note);
        } catch (DomainException e) {
            FacesMessages.failure(e);
            return null;
        }
        FacesMessages.info(
                "review_chief_similarity.message.reviewed",
                comparison.firstCode(),
                comparison.secondCode(),
                FacesMessages.text("FlagState." + verdict.name()));
        Pages.keepMessages();
        return "/review/chief/similarity?faces-redirect=true&sitting=" + sittingId + "&flag=" + comparison.id();
    }

    /** A similarity (0..1) in percent with one decimal. */
    private static String percent(BigDecimal similarity) {
        return String.format(Locale.ROOT, "%.1f %%", similarity.doubleValue() * 100);
    }

    public List<FlagState> getVerdicts() {
        return VERDICTS;
    }

    public String getSitting() {
        return sitting;
    }

    public void setSitting(String sitting) {
        this.sitting = sitting;
    }

    public String getFlag() {
        return flag;
    }

    public void setFlag(String flag) {
        this.flag = flag;
    }

    public long getSittingId() {
        return sittingId;
    }

    public String getTitle() {
        return title;
    }

    public List<FlagLine> getFlags() {
        return flags;
    }

    public Comparison getComparison() {
        return comparison;
    }

    public FlagState getVerdict() {
        return verdict;
    }

    public void setVerdict(FlagState verdict) {
        this.verdict = verdict;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
