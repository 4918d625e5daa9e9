package org.techbroker.certification.registry;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * The filing of intermediate and senior certificates with the central register, which numbers
 * them nationally: a CSV file of those issued in a period, whatever their status now.
 */
public interface FilingExport {

    /** The CSV text (UTF-8, a header row, RFC 4180 quoting) of certificates issued from one day to another. */
    String csv(@NotNull LocalDate from, @NotNull LocalDate to);
}
