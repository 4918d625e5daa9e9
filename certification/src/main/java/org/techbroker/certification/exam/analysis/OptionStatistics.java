package org.techbroker.certification.exam.analysis;

import java.util.OptionalDouble;

/**
 * How one option of a choice item drew candidates. A good distractor is chosen by some candidates
 * with lower totals than the key's choosers; a distractor whose choosers have the higher mean total
 * suggests a wrong key or a defensible second answer.
 *
 * @param optionId the option
 * @param key whether the option is a correct answer
 * @param chosenBy how many candidates selected it; on a multiple-choice item a candidate counts for
 *     every option they selected, so the counts may add up to more than the candidates
 * @param meanTotalOfChoosers the mean total score (all items the candidate saw, this one included)
 *     of those who selected it; absent when nobody did
 */
public record OptionStatistics(long optionId, boolean key, int chosenBy, OptionalDouble meanTotalOfChoosers) {}
