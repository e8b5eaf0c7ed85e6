package io.newswire.enrich.language;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The compact n-gram table the detector scores with. */
class LanguageNgramTableTest {

    @Test
    void findsEveryLanguagesCostForAKeyAndNothingForAnUnknownKey() {
        NgramTable.Builder builder = new NgramTable.Builder();
        builder.add(42, 0, 1.5);
        builder.add(42, 3, 0.25);
        builder.add(7, 1, 20);

        NgramTable table = builder.build();

        Map<Integer, Float> costs = postings(table, 42);
        assertThat(costs).containsOnlyKeys(0, 3);
        assertThat(costs.get(0)).isCloseTo(1.5f, within(1 / 64f));
        assertThat(costs.get(3)).isCloseTo(0.25f, within(1 / 64f));
        assertThat(postings(table, 7).get(1)).isEqualTo(NgramTable.MAX_COST);
        assertThat(table.find(8)).isNegative();
    }

    @Test
    void keysWithManyLanguagesKeepThemAllAsKeysWithFewDo() {
        NgramTable.Builder builder = new NgramTable.Builder();
        for (int language = 0; language < 40; language++) {
            builder.add(99, language, language / 4.0);
        }
        builder.add(5, 2, 1);
        builder.add(5, 7, 2);
        builder.add(5, 9, 3);

        NgramTable table = builder.build();

        Map<Integer, Float> many = postings(table, 99);
        assertThat(many).hasSize(40);
        many.forEach((language, cost) -> assertThat(cost).isCloseTo(language / 4f, within(1 / 64f)));
        assertThat(postings(table, 5)).containsOnlyKeys(2, 7, 9);
        assertThat(postings(table, 5).get(9)).isCloseTo(3f, within(1 / 64f));
    }

    @Test
    void keepsAllKeysThroughGrowth() {
        NgramTable.Builder builder = new NgramTable.Builder();
        Random random = new Random(1);
        Map<Long, Integer> added = new HashMap<>();
        for (int i = 0; i < 200_000; i++) {
            long key = random.nextLong(1, Long.MAX_VALUE);
            int language = random.nextInt(NgramTable.MAX_LANGUAGES);
            added.put(key, language);
            builder.add(key, language, 3);
        }

        NgramTable table = builder.build();

        assertThat(table.size()).isEqualTo(added.size());
        added.forEach((key, language) -> assertThat(postings(table, key)).containsKey(language));
    }

    private static Map<Integer, Float> postings(NgramTable table, long key) {
        Map<Integer, Float> costs = new HashMap<>();
        int posting = table.find(key);
        assertThat(posting).isNotNegative();
        boolean last;
        do {
            costs.put(table.language(posting), table.cost(posting));
            last = table.isLast(posting++);
        } while (!last);
        return costs;
    }
}
