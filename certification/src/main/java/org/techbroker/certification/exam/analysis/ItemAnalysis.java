package org.techbroker.certification.exam.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Classical item analysis of one sitting: facility, corrected item-total discrimination and
 * distractors per item; mean, spread, Cronbach's alpha and the standard error of measurement of the
 * totals. The package documentation gives the choices behind the formulas.
 */
public class ItemAnalysis {

    public ItemAnalysisReport analyse(SittingResponses sitting) {
        List<CandidateResponses> candidates = sitting.candidates();
        List<BigDecimal> totals = new ArrayList<>();
        Map<Long, List<Observation>> observationsByItem = new LinkedHashMap<>();
        for (int candidate = 0; candidate < candidates.size(); candidate++) {
            BigDecimal total = BigDecimal.ZERO;
            for (ItemResponse response : candidates.get(candidate).responses()) {
                total = total.add(response.awardedPoints());
                observationsByItem
                        .computeIfAbsent(response.itemId(), id -> new ArrayList<>())
                        .add(new Observation(candidate, response));
            }
            totals.add(total);
        }
        List<ItemStatistics> items = new ArrayList<>();
        observationsByItem.forEach(
                (itemId, observations) -> items.add(item(observations, totals, sitting.choiceItem(itemId))));
        return new ItemAnalysisReport(sitting(totals, observationsByItem), items);
    }

    /** One candidate's response to an item, with the candidate's position to find their total. */
    private record Observation(int candidate, ItemResponse response) {

        BigDecimal score() {
            return response.awardedPoints();
        }
    }

    private static ItemStatistics item(
            List<Observation> observations, List<BigDecimal> totals, Optional<ChoiceItem> choiceItem) {
        ItemResponse first = observations.get(0).response();
        List<BigDecimal> scores = new ArrayList<>();
        List<BigDecimal> rest = new ArrayList<>();
        int omitted = 0;
        for (Observation observation : observations) {
            scores.add(observation.score());
            // The total without this item: see the package documentation for why.
            rest.add(totals.get(observation.candidate()).subtract(observation.score()));
            if (!observation.response().answered()) {
                omitted++;
            }
        }
        double facility = Moments.mean(scores) / first.maxPoints().doubleValue();
        List<OptionStatistics> options =
                choiceItem.map(item -> options(item, observations, totals)).orElse(List.of());
        return new ItemStatistics(
                first.itemId(),
                first.maxPoints(),
                observations.size(),
                omitted,
                facility,
                Moments.correlation(scores, rest),
                options);
    }

    private static List<OptionStatistics> options(
            ChoiceItem item, List<Observation> observations, List<BigDecimal> totals) {
        List<OptionStatistics> options = new ArrayList<>();
        for (ChoiceOption option : item.options()) {
            List<BigDecimal> choosersTotals = observations.stream()
                    .filter(observation ->
                            observation.response().selectedOptionIds().contains(option.optionId()))
                    .map(observation -> totals.get(observation.candidate()))
                    .toList();
            options.add(new OptionStatistics(
                    option.optionId(),
                    option.key(),
                    choosersTotals.size(),
                    choosersTotals.isEmpty()
                            ? OptionalDouble.empty()
                            : OptionalDouble.of(Moments.mean(choosersTotals))));
        }
        return options;
    }

    private static SittingStatistics sitting(List<BigDecimal> totals, Map<Long, List<Observation>> observationsByItem) {
        int candidates = totals.size();
        OptionalDouble mean = candidates == 0 ? OptionalDouble.empty() : OptionalDouble.of(Moments.mean(totals));
        OptionalDouble standardDeviation =
                candidates < 2 ? OptionalDouble.empty() : Moments.finite(Math.sqrt(Moments.variance(totals)));

        // Alpha needs every item's score for every candidate: only items everyone saw qualify.
        List<List<Observation>> commonItems = observationsByItem.values().stream()
                .filter(observations -> observations.size() == candidates)
                .toList();
        int k = commonItems.size();
        if (candidates < 2 || k < 2) {
            return new SittingStatistics(
                    candidates, mean, standardDeviation, k, OptionalDouble.empty(), OptionalDouble.empty());
        }
        List<BigDecimal> commonTotals = new ArrayList<>(Collections.nCopies(candidates, BigDecimal.ZERO));
        double sumOfItemVariances = 0;
        for (List<Observation> observations : commonItems) {
            List<BigDecimal> scores = new ArrayList<>();
            for (Observation observation : observations) {
                scores.add(observation.score());
                commonTotals.set(
                        observation.candidate(),
                        commonTotals.get(observation.candidate()).add(observation.score()));
            }
            sumOfItemVariances += Moments.variance(scores);
        }
        if (!Moments.varies(commonTotals)) {
            return new SittingStatistics(
                    candidates, mean, standardDeviation, k, OptionalDouble.empty(), OptionalDouble.empty());
        }
        double totalVariance = Moments.variance(commonTotals);
        // Alpha cannot exceed 1 (σ²ₜ ≤ k·Σσ²ᵢ); the clamp only removes rounding's ulp.
        double alpha = Math.min(1, (double) k / (k - 1) * (1 - sumOfItemVariances / totalVariance));
        double sem = Math.sqrt(totalVariance) * Math.sqrt(1 - alpha);
        return new SittingStatistics(
                candidates, mean, standardDeviation, k, Moments.finite(alpha), Moments.finite(sem));
    }
}
