package org.techbroker.certification.exam.analysis;

/**
 * One option of a choice item as the analysis needs it.
 *
 * @param optionId the option's identity, as candidates' selections name it
 * @param key whether the option is a correct answer
 */
public record ChoiceOption(long optionId, boolean key) {}
