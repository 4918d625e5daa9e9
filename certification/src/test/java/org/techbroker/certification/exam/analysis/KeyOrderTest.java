package org.techbroker.certification.exam.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyOrderTest {

    @Test
    void keysSortWithTheirNumbersComparedAsNumbers() {
        List<String> keys = new ArrayList<>(List.of("T-10", "T-2", "T-1", "S-99", "T-2A", "T-02", "T"));

        keys.sort(DefaultSittingAnalysis::compareKeys);

        assertThat(keys).containsExactly("S-99", "T", "T-1", "T-02", "T-2", "T-2A", "T-10");
    }
}
