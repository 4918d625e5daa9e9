package org.techbroker.certification.review.similarity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class MinHashBandsTest {

    @Test
    void bandsAreAsLongAsRecallAtTheThresholdAllows() {
        // 1 − (1 − 0.3²)^64 = 1 − 0.91^64 = 0.99761; with three values, 1 − (1 − 0.027)^42 = 0.683.
        assertThat(MinHashBands.probabilityOfCandidate(0.3, 2, 64)).isCloseTo(0.99761, within(0.000005));
        assertThat(MinHashBands.probabilityOfCandidate(0.3, 3, 42)).isCloseTo(0.68323, within(0.000005));
        assertThat(MinHashBands.rowsPerBand(0.3)).isEqualTo(2);
        // 0.5: 1 − 0.875^42 = 0.99638 with three values; 1 − 0.9375^32 = 0.87321 with four.
        assertThat(MinHashBands.rowsPerBand(0.5)).isEqualTo(3);
        // Below 1 − 0.01^(1/64) = 0.0694 = 0.2635², two values per band no longer catch 99%.
        assertThat(MinHashBands.rowsPerBand(0.27)).isEqualTo(2);
        assertThat(MinHashBands.rowsPerBand(0.26)).isEqualTo(1);
        assertThat(MinHashBands.rowsPerBand(1.0)).isEqualTo(128);
    }

    @Test
    void identicalSetsShareEverySignatureValueAndSignaturesDoNotDependOnTheInstance() {
        long[] shingles = ShingledEssay.of(SampleEssays.ENGLISH).distinctShingles();

        long[] first = new MinHashBands(0.3).signature(shingles);
        long[] second = new MinHashBands(0.9).signature(shingles.clone());

        assertThat(second).isEqualTo(first);
        assertThat(Arrays.stream(first).distinct().count()).isEqualTo(MinHashBands.FUNCTIONS);
    }

    @Test
    void essaysWithoutSignatureAreNeverCandidates() {
        MinHashBands bands = new MinHashBands(0.3);
        long[] signature =
                bands.signature(ShingledEssay.of(SampleEssays.CHINESE).distinctShingles());

        var pairs = bands.candidatePairs(Arrays.asList(signature, null, signature.clone(), null));

        assertThat(pairs).containsExactly(0L * 4 + 2);
    }

    @Test
    void agreementOfSignaturesFollowsTheJaccardIndex() {
        // Over 128 values the share of agreeing positions estimates the Jaccard index with a
        // standard error of √(J(1 − J) / 128) ≈ 0.04 near 0.73; allow three of them.
        ShingledEssay a = ShingledEssay.of(SampleEssays.ENGLISH);
        ShingledEssay b = ShingledEssay.of(SampleEssays.ENGLISH_EDITED);
        MinHashBands bands = new MinHashBands(0.3);
        long[] signatureA = bands.signature(a.distinctShingles());
        long[] signatureB = bands.signature(b.distinctShingles());
        int agreeing = 0;
        for (int i = 0; i < MinHashBands.FUNCTIONS; i++) {
            agreeing += signatureA[i] == signatureB[i] ? 1 : 0;
        }

        assertThat((double) agreeing / MinHashBands.FUNCTIONS).isCloseTo(135.0 / 185, within(0.12));
        assertThat(List.of(a.jaccard(b))).containsExactly(135.0 / 185);
    }
}
