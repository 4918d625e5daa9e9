package org.techbroker.app.courses;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.techbroker.courses.catalog.SyllabusModule;
import org.techbroker.courses.catalog.Track;
import org.techbroker.courses.shared.QualificationLevel;

class CatalogueBackingTest {

    @Test
    void readsFilterValuesAsTheMenusAndHandWrittenAddressesGiveThem() {
        assertThat(CatalogueBacking.filter(QualificationLevel.class, "JUNIOR")).hasValue(QualificationLevel.JUNIOR);
        assertThat(CatalogueBacking.filter(QualificationLevel.class, " senior "))
                .hasValue(QualificationLevel.SENIOR);
        assertThat(CatalogueBacking.filter(Track.class, "Judicial")).hasValue(Track.JUDICIAL);
        assertThat(CatalogueBacking.filter(SyllabusModule.class, "policy_law")).hasValue(SyllabusModule.POLICY_LAW);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "JUNIORS", "J", "初级", "POLICY LAW", "1"})
    void anythingElseIsNoFilter(String value) {
        assertThat(CatalogueBacking.filter(QualificationLevel.class, value)).isEmpty();
        assertThat(CatalogueBacking.filter(SyllabusModule.class, value)).isEmpty();
    }
}
