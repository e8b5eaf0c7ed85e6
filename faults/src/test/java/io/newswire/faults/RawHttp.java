package io.newswire.faults;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Sends exact bytes to an HTTP server on loopback, one connection per request, and reads the status line back: what
 * a hostile client does, which a well-behaved HTTP client library would refuse to send.
 */
final class RawHttp {
    /** What came back: a status, or -1 with what happened instead (no answer before the timeout, a reset). */
    record Answer(int status, String problem, long millis) {
        boolean hung() {
            return status == -1 && problem.startsWith("no answer");
        }
    }

    private final int port;
    private final Duration timeout;

    RawHttp(int port, Duration timeout) {
        this.port = port;
        this.timeout = timeout;
    }

    Answer send(byte[] request, boolean halfClose) {
        long started = System.nanoTime();
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
                if (halfClose) {
                    socket.shutdownOutput();
                }
            } catch (IOException e) {
                // The server may answer and close before reading everything (413 on Content-Length): read on.
            }
            String statusLine = readStatusLine(socket.getInputStream());
            long millis = (System.nanoTime() - started) / 1_000_000;
            if (statusLine == null) {
                return new Answer(-1, "connection closed without an answer", millis);
            }
            String[] parts = statusLine.split(" ", 3);
            return new Answer(Integer.parseInt(parts[1]), statusLine, millis);
        } catch (SocketTimeoutException e) {
            return new Answer(-1, "no answer within " + timeout.toSeconds() + " s", (System.nanoTime() - started) / 1_000_000);
        } catch (IOException | RuntimeException e) {
            return new Answer(-1, "connection failed: " + e, (System.nanoTime() - started) / 1_000_000);
        }
    }

    private static String readStatusLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1; b = in.read()) {
            if (b == '\n') {
                return line.toString(StandardCharsets.ISO_8859_1).trim();
            }
            line.write(b);
        }
        return line.size() == 0 ? null : line.toString(StandardCharsets.ISO_8859_1).trim();
    }
}
