package io.newswire.enrich.topics.classifier;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The model file: gzip over a small binary format. Feature hashes are sorted and delta-coded as varints; weights are
 * quantised to 8 bits against one scale per language and class (the model holds them so: {@link QuantisedWeights}), which loses nothing that changes a prediction in
 * practice (the evaluation measures the model after this round trip) and keeps the file small. The same model always
 * gives the same bytes (Java's gzip header carries no time stamp), so retraining on the same data is reproducible
 * down to the file.
 */
public final class TopicModelCodec {
    private static final int MAGIC = 0x4E57544D; // "NWTM"
    private static final int FORMAT = 2;
    private static final float IDF_STEPS = 25f;

    private TopicModelCodec() {
    }

    /** An idf as the file stores it, so that training can use exactly the values tagging will. */
    public static float roundIdf(float idf) {
        return Math.min(255, Math.round(idf * IDF_STEPS)) / IDF_STEPS;
    }

    public static byte[] toBytes(TopicModel model) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(model, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static TopicModel fromBytes(byte[] bytes) {
        try {
            return read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(TopicModel model, OutputStream target) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(target, 1 << 16);
        DataOutputStream out = new DataOutputStream(gzip);
        out.writeInt(MAGIC);
        out.writeInt(FORMAT);
        FeatureSettings settings = model.settings();
        out.writeBoolean(settings.wordBigrams());
        out.writeByte(settings.charMin());
        out.writeByte(settings.charMax());
        out.writeInt(settings.maxTextChars());
        out.writeInt(model.languages().size());
        for (LanguageTopicModel language : model.models()) {
            writeLanguage(language, out);
        }
        out.flush();
        gzip.finish();
    }

    private static void writeLanguage(LanguageTopicModel model, DataOutputStream out) throws IOException {
        out.writeUTF(model.language());
        int k = model.classes().size();
        out.writeByte(k);
        for (String c : model.classes()) {
            out.writeUTF(c);
        }
        for (float b : model.bias()) {
            out.writeFloat(b);
        }
        int[] features = model.features();
        out.writeInt(features.length);
        long previous = Integer.MIN_VALUE;
        for (int f : features) {
            writeVarLong(out, f - previous);
            previous = f;
        }
        // Idf lies between 1 and about 10: a byte in steps of 1/25 keeps it to 0.02.
        for (float idf : model.idf()) {
            out.writeByte(Math.min(255, Math.round(idf * IDF_STEPS)));
        }
        QuantisedWeights weights = model.weights();
        // Class-major, so that similar magnitudes sit together for gzip.
        for (int c = 0; c < k; c++) {
            out.writeFloat(weights.scale(c));
            for (int row = 0; row < features.length; row++) {
                out.writeByte(weights.value(row, c));
            }
        }
    }

    public static TopicModel read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new GZIPInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("Not a Newswire topic model");
        }
        int format = in.readInt();
        if (format != FORMAT) {
            throw new IOException("Topic model format " + format + " is not supported (expected " + FORMAT + ")");
        }
        FeatureSettings settings = new FeatureSettings(in.readBoolean(), in.readByte(), in.readByte(), in.readInt());
        int languages = in.readInt();
        List<LanguageTopicModel> models = new ArrayList<>(languages);
        for (int i = 0; i < languages; i++) {
            models.add(readLanguage(in));
        }
        return new TopicModel(settings, models);
    }

    private static LanguageTopicModel readLanguage(DataInputStream in) throws IOException {
        String language = in.readUTF();
        int k = in.readUnsignedByte();
        List<String> classes = new ArrayList<>(k);
        for (int c = 0; c < k; c++) {
            classes.add(in.readUTF());
        }
        float[] bias = new float[k];
        for (int c = 0; c < k; c++) {
            bias[c] = in.readFloat();
        }
        int n = in.readInt();
        int[] features = new int[n];
        long previous = Integer.MIN_VALUE;
        for (int row = 0; row < n; row++) {
            previous += readVarLong(in);
            features[row] = (int) previous;
        }
        byte[] quantised = new byte[n];
        in.readFully(quantised);
        float[] idf = new float[n];
        for (int row = 0; row < n; row++) {
            idf[row] = (quantised[row] & 0xFF) / IDF_STEPS;
        }
        byte[] weights = new byte[n * k];
        float[] scales = new float[k];
        for (int c = 0; c < k; c++) {
            scales[c] = in.readFloat();
            in.readFully(quantised);
            for (int row = 0; row < n; row++) {
                weights[row * k + c] = quantised[row];
            }
        }
        return new LanguageTopicModel(language, classes, features, idf, new QuantisedWeights(k, weights, scales), bias);
    }

    private static void writeVarLong(DataOutputStream out, long value) throws IOException {
        while ((value & ~0x7FL) != 0) {
            out.writeByte((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.writeByte((int) value);
    }

    private static long readVarLong(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; ; shift += 7) {
            int b = in.readUnsignedByte();
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
        }
    }
}
