package io.newswire.enrich.topics.training;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The held-out splits of the evaluation.
 *
 * <p>SIB-200: about a fifth of the sentence numbers of each label, chosen by a fixed hash, held out in every language
 * at once, because the same sentence in another language would otherwise leak its topic through names and numbers.
 * ANT: one outlet held out, the model trained on the other two, because news from other outlets is what the tagger
 * will meet.
 */
public final class CorpusSplits {
    public static final List<String> ANT_OUTLETS = List.of("AL", "SK", "CN");
    private static final double HELD_OUT_SHARE = 0.2;

    private CorpusSplits() {
    }

    /** The held-out SIB-200 sentence numbers: a stratified fifth per label, the same for every run. */
    public static Set<String> sibHeldOutSentences(List<LabelledText> corpus) {
        Map<String, Set<String>> sentencesByLabel = new TreeMap<>();
        for (LabelledText text : corpus) {
            if (text.corpus() == LabelledText.Corpus.SIB200) {
                sentencesByLabel.computeIfAbsent(text.label(), l -> new TreeSet<>()).add(text.group());
            }
        }
        Set<String> heldOut = new TreeSet<>();
        for (Set<String> sentences : sentencesByLabel.values()) {
            List<String> shuffled = new ArrayList<>(sentences);
            shuffled.sort(Comparator.comparingInt(CorpusSplits::scramble).thenComparing(Comparator.naturalOrder()));
            heldOut.addAll(shuffled.subList(0, (int) Math.round(shuffled.size() * HELD_OUT_SHARE)));
        }
        return heldOut;
    }

    /** SIB split: training gets the SIB sentences not held out and all of ANT (another source, so no leak). */
    public static Split sib(List<LabelledText> corpus) {
        Set<String> heldOut = sibHeldOutSentences(corpus);
        return split(corpus, t -> t.corpus() == LabelledText.Corpus.SIB200 && heldOut.contains(t.group()),
                "SIB-200 held-out fifth");
    }

    /** ANT split: one outlet held out; training gets the other two outlets and all of SIB-200. */
    public static Split antOutlet(List<LabelledText> corpus, String outlet) {
        return split(corpus, t -> t.corpus() == LabelledText.Corpus.ANT && t.group().equals(outlet),
                "ANT outlet " + outlet + " held out");
    }

    private static Split split(List<LabelledText> corpus, Predicate<LabelledText> isTest, String name) {
        Map<Boolean, List<LabelledText>> parts = corpus.stream().collect(Collectors.partitioningBy(isTest));
        return new Split(name, parts.get(false), parts.get(true));
    }

    /** A fixed pseudo-random order that does not depend on the JVM's string hashing. */
    private static int scramble(String sentence) {
        int h = 0x9747B28C;
        for (int i = 0; i < sentence.length(); i++) {
            h = (h ^ sentence.charAt(i)) * 0x01000193;
        }
        h ^= h >>> 15;
        h *= 0x2C1B3C6D;
        h ^= h >>> 12;
        return h;
    }

    public record Split(String name, List<LabelledText> train, List<LabelledText> test) {
    }
}
