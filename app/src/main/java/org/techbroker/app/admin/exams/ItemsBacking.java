package org.techbroker.app.admin.exams;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.techbroker.app.admin.courses.Pages;
import org.techbroker.app.shell.FacesMessages;
import org.techbroker.certification.exam.Difficulty;
import org.techbroker.certification.exam.ItemStatus;
import org.techbroker.certification.exam.ItemType;
import org.techbroker.certification.exam.bank.ItemBank;
import org.techbroker.certification.exam.bank.ItemSearch;
import org.techbroker.certification.exam.bank.ItemSummary;
import org.techbroker.courses.shared.DomainException;
import org.techbroker.courses.shared.QualificationLevel;

/**
 * The item bank as administrators browse it: text in the key or the stem (either language), and
 * filters on course, level, type, difficulty and status, page by page; items are retired and
 * activated from here.
 */
@Named
@ViewScoped
public class ItemsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ItemBank bank;

    private String text;
    private String course;
    private QualificationLevel level;
    private ItemType type;
    private Difficulty difficulty;
    private ItemStatus status;

    private final LazyDataModel<ItemSummary> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, bank.search(search(0, 1)).total());
        }

        @Override
        public List<ItemSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return bank.search(search(first, pageSize)).items();
        }

        @Override
        public String getRowKey(ItemSummary item) {
            return item.key();
        }

        @Override
        public ItemSummary getRowData(String key) {
            return null;
        }
    };

    private ItemSearch search(int first, int pageSize) {
        return new ItemSearch(text, Pages.code(course).orElse(null), level, type, difficulty, status, first, pageSize);
    }

    public LazyDataModel<ItemSummary> getModel() {
        return model;
    }

    public void retire(String key, long version) {
        changeStatus(key, ItemStatus.RETIRED, version, "admin_exams_items.message.retired");
    }

    public void activate(String key, long version) {
        changeStatus(key, ItemStatus.ACTIVE, version, "admin_exams_items.message.activated");
    }

    private void changeStatus(String key, ItemStatus newStatus, long version, String messageKey) {
        try {
            bank.changeStatus(key, newStatus, version);
            FacesMessages.info(messageKey, key);
        } catch (DomainException e) {
            FacesMessages.failure(e);
        }
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public QualificationLevel getLevel() {
        return level;
    }

    public void setLevel(QualificationLevel level) {
        this.level = level;
    }

    public ItemType getType() {
        return type;
    }

    public void setType(ItemType type) {
        this.type = type;
    }

    public Difficulty getDifficulty() {
        return difficulty;
    }

    public void setDifficulty(Difficulty difficulty) {
        this.difficulty = difficulty;
    }

    public ItemStatus getStatus() {
        return status;
    }

    public void setStatus(ItemStatus status) {
        this.status = status;
    }
}
