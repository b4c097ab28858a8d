package care.unknot.kit.purge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class BatchedPurgeTest {

    @Test
    void stopsAfterTheFirstBatchThatWasNotFull() {
        List<Integer> asked = new ArrayList<>();
        int[] left = {25};
        long total = BatchedPurge.run(limit -> {
            asked.add(limit);
            int deleted = Math.min(limit, left[0]);
            left[0] -= deleted;
            return deleted;
        }, 10, 100);
        assertThat(total).isEqualTo(25);
        assertThat(asked).containsExactly(10, 10, 10);
    }

    @Test
    void stopsAfterMaxBatchesWhateverIsLeft() {
        List<Integer> asked = new ArrayList<>();
        long total = BatchedPurge.run(limit -> {
            asked.add(limit);
            return limit;
        }, 10, 3);
        assertThat(total).isEqualTo(30);
        assertThat(asked).hasSize(3);
    }
}
