package org.techbroker.certification.exam.analysis;

import java.util.OptionalDouble;
import org.techbroker.courses.catalog.BilingualText;

/**
 * An option of an analysed item, with what it says and how it drew candidates.
 *
 * @param letter its letter in the author's order (A, B, C…), the same for every candidate
 * @param chosenBy how many candidates chose it
 * @param meanTotalOfChoosers the mean total of those who chose it; absent when nobody did
 */
public record AnalysedOption(
        long optionId,
        String letter,
        BilingualText text,
        boolean key,
        int chosenBy,
        OptionalDouble meanTotalOfChoosers) {}
