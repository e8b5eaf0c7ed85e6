package io.newswire.ingest;

import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;

/**
 * Jetty's answers to requests it cannot parse, with one change: a request line whose version is not HTTP/1.0 or
 * HTTP/1.1 is a malformed request here (400), not a server failure (Jetty's 505). Ingest speaks HTTP/1.x only, and
 * a client that sends anything else there sent a broken request; every answer to a broken request is a 4xx.
 */
final class MalformedRequestLineHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) throws IOException {
        if (code == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            response.setStatus(HttpStatus.BAD_REQUEST_400);
            super.generateResponse(request, response, HttpStatus.BAD_REQUEST_400,
                    "the request line is not HTTP/1.0 or HTTP/1.1", cause, callback);
        } else {
            super.generateResponse(request, response, code, message, cause, callback);
        }
    }
}
