package org.techbroker.certification.exam.bank;

import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.techbroker.certification.exam.ExamItem.Revision;
import org.techbroker.certification.exam.ItemContent;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.courses.content.ImportProblem;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The confidential item bank as administrators keep it. Every item written, by the editor or by
 * an import, meets {@link ItemRules}; a refusal is an {@link ItemBankException} with every
 * problem, and nothing is written. Revising an item that a candidate has seen adds a version.
 */
public interface ItemBank {

    ItemPage search(@NotNull ItemSearch search);

    /** The item with all its versions. */
    Optional<BankItem> find(String key);

    /** The item, or a NOT_FOUND failure. */
    BankItem get(String key);

    /** The problems the item would be refused for; none when it may be saved. */
    List<ImportProblem> check(String key, @NotNull ItemContent content);

    /** A new item; CONFLICT when the key is taken. */
    BankItem create(String key, @NotNull ItemContent content);

    /** What a revision did, and the item after it. */
    record Revised(BankItem item, Revision revision) {}

    /**
     * Makes the content current: in place while no candidate has seen the current version, else as
     * a new version. CONFLICT when someone changed the item since {@code expectedVersion}.
     */
    Revised revise(String key, @NotNull ItemContent content, long expectedVersion);

    /** Drafts, activates or retires the item (its current version), seen or not. */
    BankItem changeStatus(String key, @NotNull ItemStatus status, long expectedVersion);

    /**
     * Imports a {@code techbroker-exam-items/1} file, validated whole: any problem and nothing is
     * written. An item whose key is in the bank is revised (unchanged when its content is the same).
     *
     * @param fileName the file's name, for the problems' locations
     */
    ItemImportReport importItems(String fileName, @NotNull byte[] file);

    /** As {@link #importItems}, but items whose key is in the bank are left alone (seeding). */
    ItemImportReport importNew(String fileName, @NotNull byte[] file);

    /** What new forms of the level can draw. */
    Drawable drawable(@NotNull QualificationLevel level);
}
