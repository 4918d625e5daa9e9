package org.techbroker.certification.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BitstringStatusListTest {

    /** The encodedList of the example credential in W3C Bitstring Status List v1.0, section 2.2. */
    static final String SPEC_EXAMPLE = "uH4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA";

    static final int LENGTH = 131_072;

    @Test
    void theSpecsExampleIs131072ZeroBits() {
        byte[] bytes = BitstringStatusList.decode(SPEC_EXAMPLE);

        assertThat(bytes).hasSize(LENGTH / 8);
        assertThat(IntStream.range(0, bytes.length).allMatch(i -> bytes[i] == 0))
                .isTrue();
    }

    @Test
    void anEmptyListEncodesToWhatDecodesLikeTheSpecsExample() {
        String encoded = BitstringStatusList.encode(new BitSet(), LENGTH);

        assertThat(encoded).startsWith("u").doesNotContain("=", "+", "/");
        assertThat(BitstringStatusList.decode(encoded)).isEqualTo(BitstringStatusList.decode(SPEC_EXAMPLE));
    }

    @Test
    void setBitsSurviveTheRoundTrip() {
        BitSet bits = new BitSet();
        int[] set = {0, 7, 8, 1234, 65_535, LENGTH - 1};
        for (int i : set) {
            bits.set(i);
        }

        byte[] decoded = BitstringStatusList.decode(BitstringStatusList.encode(bits, LENGTH));

        for (int i = 0; i < LENGTH; i++) {
            assertThat(BitstringStatusList.bit(decoded, i)).as("bit %d", i).isEqualTo(bits.get(i));
        }
    }

    @Test
    void indexZeroIsTheMostSignificantBitOfTheFirstByte() {
        BitSet bits = new BitSet();
        bits.set(0);
        bits.set(9);
        bits.set(15);

        byte[] decoded = BitstringStatusList.decode(BitstringStatusList.encode(bits, 16));

        assertThat(decoded).containsExactly((byte) 0b1000_0000, (byte) 0b0100_0001);
    }

    @Test
    void refusesBitsBeyondTheLengthAndPartialBytes() {
        BitSet beyond = new BitSet();
        beyond.set(16);
        assertThatThrownBy(() -> BitstringStatusList.encode(beyond, 16)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.encode(new BitSet(), 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BitstringStatusList.decode("zABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
