package org.techbroker.app.admin.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.techbroker.app.audit.AuditEvent;
import org.techbroker.app.audit.AuditEventType;
import org.techbroker.app.audit.AuditFilter;
import org.techbroker.app.audit.AuditLog;
import org.techbroker.app.shell.Formats;

/**
 * The audit log for administrators, newest first, filtered by event type, person (actor or
 * subject), client address and a range of days in the display time zone.
 */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditLog auditLog;

    @Inject
    transient Formats formats;

    private AuditEventType type;
    private String person;
    private String clientAddress;
    private LocalDate fromDay;
    private LocalDate untilDay;

    private final LazyDataModel<AuditEvent> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, auditLog.count(filter()));
        }

        @Override
        public List<AuditEvent> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return auditLog.find(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEvent event) {
            return String.valueOf(event.getId());
        }
    };

    AuditFilter filter() {
        return new AuditFilter(
                type,
                person,
                clientAddress,
                fromDay == null ? null : fromDay.atStartOfDay(formats.zone()).toInstant(),
                untilDay == null
                        ? null
                        : untilDay.plusDays(1).atStartOfDay(formats.zone()).toInstant());
    }

    public LazyDataModel<AuditEvent> getModel() {
        return model;
    }

    public AuditEventType[] getTypes() {
        return AuditEventType.values();
    }

    public AuditEventType getType() {
        return type;
    }

    public void setType(AuditEventType type) {
        this.type = type;
    }

    public String getPerson() {
        return person;
    }

    public void setPerson(String person) {
        this.person = person;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public void setClientAddress(String clientAddress) {
        this.clientAddress = clientAddress;
    }

    public LocalDate getFromDay() {
        return fromDay;
    }

    public void setFromDay(LocalDate fromDay) {
        this.fromDay = fromDay;
    }

    public LocalDate getUntilDay() {
        return untilDay;
    }

    public void setUntilDay(LocalDate untilDay) {
        this.untilDay = untilDay;
    }
}
