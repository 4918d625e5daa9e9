package org.techbroker.certification.exam.analysis;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.techbroker.certification.exam.Answer;
import org.techbroker.certification.exam.Attempt;
import org.techbroker.certification.exam.AttemptItem;
import org.techbroker.certification.exam.AttemptState;
import org.techbroker.certification.exam.ExamAdministration;
import org.techbroker.certification.exam.ExamRepository;
import org.techbroker.certification.exam.ItemOption;
import org.techbroker.certification.exam.ItemVersion;
import org.techbroker.certification.exam.Sitting;

/**
 * Reads a sitting's submitted attempts (the version each candidate was shown, the points awarded,
 * the saved answers), feeds them to {@link ItemAnalysis} through {@link ResponseSheets}, and
 * describes each item version from the bank. Read-only: it changes nothing.
 */
@ApplicationScoped
@Transactional
public class DefaultSittingAnalysis implements SittingAnalysis {

    /** Topic, then difficulty, then key with its numbers compared as numbers, then version. */
    static final Comparator<AnalysedItem> ORDER = Comparator.comparing(
                    (AnalysedItem item) -> item.course().value())
            .thenComparing(AnalysedItem::difficulty)
            .thenComparing(AnalysedItem::itemKey, DefaultSittingAnalysis::compareKeys)
            .thenComparingInt(AnalysedItem::versionNo);

    @Inject
    ExamAdministration administration;

    @Inject
    ExamRepository exams;

    @Override
    public SittingItemAnalysis analyse(long sittingId) {
        Sitting sitting = administration.sitting(sittingId);
        Map<Long, ItemVersion> versions = new LinkedHashMap<>();
        List<ResponseSheets.Sheet> sheets = new ArrayList<>();
        int inProgress = 0;
        for (Attempt attempt : administration.attempts(sittingId)) {
            if (attempt.state() != AttemptState.SUBMITTED) {
                inProgress++;
                continue;
            }
            Map<Long, Answer> answers = new HashMap<>();
            for (Answer answer : administration.answers(attempt)) {
                answers.put(answer.attemptItem().id(), answer);
            }
            List<ResponseSheets.Shown> shown = new ArrayList<>();
            for (AttemptItem item : attempt.items()) {
                ItemVersion version = item.itemVersion();
                versions.putIfAbsent(version.id(), version);
                Answer answer = answers.get(item.id());
                shown.add(new ResponseSheets.Shown(
                        version.id(),
                        version.type(),
                        version.points(),
                        item.pointsAwarded().orElse(null),
                        answer == null ? null : answer.input()));
            }
            sheets.add(
                    new ResponseSheets.Sheet(attempt.id(), attempt.essayPoints().orElse(null), shown));
        }
        List<ChoiceItem> choiceItems = versions.values().stream()
                .filter(version -> version.type().hasOptions())
                .map(version -> new ChoiceItem(
                        version.id(),
                        version.options().stream()
                                .map(option -> new ChoiceOption(option.id(), option.isCorrect()))
                                .toList()))
                .toList();
        ResponseSheets.Built built = ResponseSheets.build(sheets, choiceItems);
        ItemAnalysisReport report = new ItemAnalysis().analyse(built.responses());
        List<AnalysedItem> items = report.items().stream()
                .map(statistics -> describe(versions.get(statistics.itemId()), statistics))
                .sorted(ORDER)
                .toList();
        return new SittingItemAnalysis(
                sitting.id(),
                sitting.title(),
                sitting.level(),
                sitting.resultsReleased(),
                new SittingItemAnalysis.Counts(
                        (int) exams.registrationCount(sittingId), sheets.size(), inProgress, built.unmarkedEssays()),
                report.sitting(),
                items);
    }

    private static AnalysedItem describe(ItemVersion version, ItemStatistics statistics) {
        List<AnalysedOption> options = new ArrayList<>();
        List<ItemOption> authored = version.options();
        for (OptionStatistics option : statistics.options()) {
            ItemOption text = version.option(option.optionId()).orElseThrow();
            options.add(new AnalysedOption(
                    option.optionId(),
                    ItemTableCsv.letter(authored.indexOf(text)),
                    text.text(),
                    option.key(),
                    option.chosenBy(),
                    option.meanTotalOfChoosers()));
        }
        return new AnalysedItem(
                version.id(),
                version.item().key(),
                version.versionNo(),
                version.type(),
                version.course(),
                version.difficulty(),
                version.stem(),
                statistics,
                options,
                ReviewFlag.of(statistics));
    }

    /** Keys compared piece by piece, runs of digits as numbers: T-2 before T-10. */
    static int compareKeys(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char x = a.charAt(i);
            char y = b.charAt(j);
            if (Character.isDigit(x) && Character.isDigit(y)) {
                int endA = digitsEnd(a, i);
                int endB = digitsEnd(b, j);
                int byValue = new BigInteger(a.substring(i, endA)).compareTo(new BigInteger(b.substring(j, endB)));
                if (byValue != 0) {
                    return byValue;
                }
                i = endA;
                j = endB;
            } else {
                if (x != y) {
                    return Character.compare(x, y);
                }
                i++;
                j++;
            }
        }
        int byRest = Integer.compare(a.length() - i, b.length() - j);
        // T-2 and T-02 are equal as numbers; a consistent order still tells them apart.
        return byRest != 0 ? byRest : a.compareTo(b);
    }

    private static int digitsEnd(String text, int from) {
        int end = from;
        while (end < text.length() && Character.isDigit(text.charAt(end))) {
            end++;
        }
        return end;
    }
}
