package org.techbroker.certification.exam.bank;

import java.util.List;
import org.techbroker.certification.exam.ItemVersion;

/** The bank's own queries, beside what {@link org.techbroker.certification.exam.ExamRepository} keeps. */
public interface ItemQueries {

    /** The current versions of the items the search matches, by key. */
    List<ItemVersion> search(ItemSearch search);

    long count(ItemSearch search);

    /** Writes pending changes now, so that versions read afterwards are those the database holds. */
    void flush();
}
