package io.newswire.bench;

import io.newswire.avro.Arrival;
import io.newswire.avro.ArrivalChannel;
import io.newswire.avro.RawArticle;
import io.newswire.article.ArticleId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * News-like articles of a fixed size, each with its own URL and its own text. Each article is in one language, as a
 * real one is, and the languages take turns: Arabic, English, French, Persian, Spanish, German. Benchmarks take them from pools built before timing starts, so the load generator
 * spends the measured time sending, not writing.
 */
final class SyntheticArticles {
    private static final String[] PARAGRAPHS = {
            "أشاد تقرير وزارة الخارجية الأمريكية لعام 2023 بشأن الإرهاب بالجهود المستمرة للمغرب في مكافحة التطرف العنيف، منوهة بالجهود المشتركة الفعالة للمملكة في عمليات مكافحة الإرهاب والتعاون الإقليمي.",
            "The central bank left interest rates unchanged on Thursday, saying inflation was easing but remained above its target, and signalled that cuts could come later in the year if wages cool.",
            "Le gouvernement a présenté mercredi un projet de loi sur l'énergie qui prévoit de doubler la production solaire d'ici 2030, une mesure saluée par les industriels mais critiquée par l'opposition.",
            "وزیر امور خارجه روز سه‌شنبه در دیدار با همتای خود درباره همکاری‌های اقتصادی و امنیتی دو کشور گفت‌وگو کرد و بر ادامه مذاکرات تأکید کرد.",
            "El equipo local ganó la final de la copa por dos goles a uno en un partido disputado ante más de cuarenta mil aficionados, y su entrenador dedicó el título a la afición.",
            "Die Regierung kündigte am Montag neue Investitionen in die Bahn an, um Verspätungen zu verringern und mehr Güterverkehr von der Straße auf die Schiene zu verlagern."
    };

    private final int articleBytes;
    /** Each language's words. */
    private final String[][] vocabularies;
    private final java.util.SplittableRandom random = new java.util.SplittableRandom(42);
    private final AtomicLong sequence = new AtomicLong();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    SyntheticArticles(int articleBytes) {
        this.articleBytes = articleBytes;
        this.vocabularies = new String[PARAGRAPHS.length][];
        for (int i = 0; i < PARAGRAPHS.length; i++) {
            vocabularies[i] = new java.util.LinkedHashSet<>(List.of(PARAGRAPHS[i].split("[\\s،,.]+")))
                    .toArray(String[]::new);
        }
    }

    /**
     * Text of about {@code bytes} UTF-8 bytes in the language of article {@code n}: its words in a random order,
     * sentences and paragraphs, so no two articles share their text and it compresses like prose does (a repeated
     * text would flatter the broker).
     */
    private synchronized String body(int bytes, long n) {
        String[] vocabulary = vocabularies[(int) (n % vocabularies.length)];
        StringBuilder body = new StringBuilder(bytes);
        int size = 0;
        int inSentence = 0;
        while (size < bytes) {
            String word = vocabulary[random.nextInt(vocabulary.length)];
            body.append(word);
            size += word.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 1;
            if (++inSentence > 8 + random.nextInt(12)) {
                body.append(random.nextInt(10) == 0 ? ".\\n\\n" : ". ");
                inSentence = 0;
            } else {
                body.append(' ');
            }
        }
        return body.toString();
    }

    /** One article as a JSON object, on one line, with a URL never used before. */
    String json() {
        long n = sequence.incrementAndGet();
        String body = body(articleBytes - 250, n);
        return "{\"source\":\"bench\",\"url\":\"https://bench.example/" + run + "/" + n + ".html\",\"title\":\"Benchmark article " + n
                + " on the economy and politics of the region\",\"publishedAt\":\"2026-11-29T08:30:00Z\",\"body\":\""
                + body + "\"}";
    }

    /** A batch of articles as NDJSON. */
    String ndjson(int count) {
        StringBuilder out = new StringBuilder(count * (articleBytes + 64));
        for (int i = 0; i < count; i++) {
            out.append(json()).append('\n');
        }
        return out.toString();
    }

    /** One article as the raw record ingest would make of it, for the bare producer. */
    RawArticle raw(Arrival arrival) {
        long n = sequence.incrementAndGet();
        String url = "https://bench.example/" + run + "/" + n + ".html";
        return RawArticle.newBuilder()
                .setId(ArticleId.fromCanonicalUrl(url))
                .setSource("bench")
                .setUrl(url)
                .setCanonicalUrl(url)
                .setTitle("Benchmark article " + n + " on the economy and politics of the region")
                .setBody(body(articleBytes - 250, n).replace("\\n", "\n"))
                .setPublishedAt(Instant.parse("2026-11-29T08:30:00Z"))
                .setReceivedAt(Instant.now())
                .setArrival(arrival)
                .build();
    }

    /** Pools of ready payloads: batch bodies, single-article bodies and raw records, all distinct articles. */
    record Pools(List<byte[]> batches, List<byte[]> singles, List<RawArticle> records, int articleJsonBytes) {
        private static final AtomicLong NEXT = new AtomicLong();

        static <T> T next(List<T> pool) {
            return pool.get((int) (NEXT.getAndIncrement() % pool.size()));
        }
    }

    Pools pools(int batchSize, int batchCount, int singleCount) {
        List<byte[]> batches = new ArrayList<>();
        for (int i = 0; i < batchCount; i++) {
            batches.add(ndjson(batchSize).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        List<byte[]> singles = new ArrayList<>();
        List<RawArticle> records = new ArrayList<>();
        Arrival arrival = benchArrival();
        for (int i = 0; i < singleCount; i++) {
            singles.add(json().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            records.add(raw(arrival));
        }
        return new Pools(batches, singles, records, singles.getFirst().length);
    }

    static Arrival benchArrival() {
        return Arrival.newBuilder().setChannel(ArrivalChannel.KAFKA).setReceivedBy("newswire-bench").build();
    }

    int articleBytes() {
        return articleBytes;
    }
}
