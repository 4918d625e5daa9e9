package org.techbroker.app.account;

import java.io.Serializable;

/**
 * The personal-details fields of a form (registration, account creation, profile), bound by
 * pages as {@code #{bean.details.email}} and turned into {@link PersonalDetails} for the service,
 * which validates them.
 */
public class PersonalDetailsForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String username;
    private String email;
    private String nameZh;
    private String nameLatin;
    private String organisation;

    public static PersonalDetailsForm of(PersonalDetails details) {
        PersonalDetailsForm form = new PersonalDetailsForm();
        form.username = details.username();
        form.email = details.email();
        form.nameZh = details.nameZh();
        form.nameLatin = details.nameLatin();
        form.organisation = details.organisation();
        return form;
    }

    public PersonalDetails toDetails() {
        return new PersonalDetails(username, email, nameZh, nameLatin, organisation);
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public String getNameLatin() {
        return nameLatin;
    }

    public void setNameLatin(String nameLatin) {
        this.nameLatin = nameLatin;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }
}
