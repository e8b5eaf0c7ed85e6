package io.newswire.enrich;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Reads the resource files a model is built from, and names the model after their bytes: a change to any file gives
 * the model a new version, which enriched records carry (so a replay shows what changed).
 */
public final class VersionedResources {
    private final Class<?> anchor;
    private final String what;
    private final MessageDigest digest;

    /**
     * @param anchor resources are looked up relative to this class (or absolute, with a leading slash)
     * @param what   what the files are, for the error when one is missing
     */
    public VersionedResources(Class<?> anchor, String what) {
        this.anchor = anchor;
        this.what = what;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The file's text (UTF-8); its bytes count towards the version. */
    public String text(String resource) {
        try (InputStream in = anchor.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(what + " resource missing: " + resource);
            }
            byte[] bytes = in.readAllBytes();
            digest.update(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The version of what was read so far: the prefix and 12 hex digits of its SHA-256. */
    public String version(String prefix) {
        return prefix + HexFormat.of().formatHex(digest.digest()).substring(0, 12);
    }
}
