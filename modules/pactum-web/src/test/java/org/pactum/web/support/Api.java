package org.pactum.web.support;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** A small HTTP client for the REST API as a user of it sees it: JSON in, status and JSON out. */
public final class Api {

    public static final String DEMO_PASSWORD = "demo";

    private final URI base;
    /**
     * HTTP/1.1, as browsers and curl speak to Pactum: the JDK client's default, an h2c upgrade on a connection's first
     * request, sometimes left a small binary POST unanswered (seen on /verifications).
     */
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Api(URL deployment) {
        this.base = Loopback.of(deployment);
    }

    /** @param retryAfter the {@code Retry-After} header, or null */
    public record Reply(int status, String contentType, String etag, String location, String body, String retryAfter) {

        public Reply(int status, String contentType, String etag, String location, String body) {
            this(status, contentType, etag, location, body, null);
        }

        public JsonObject json() {
            return (JsonObject) structure();
        }

        public JsonArray array() {
            return (JsonArray) structure();
        }

        private JsonStructure structure() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }

    /** @param user null for an anonymous request */
    public Reply call(String method, String path, String user, String jsonBody, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.setHeader(headers[i], headers[i + 1]);
        }
        HttpRequest.BodyPublisher body = jsonBody == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, body);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Location").orElse(null),
                    response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A request with a binary body of the given type (a PKCS#12 file, a CMS, a PDF), answered as JSON or a problem. */
    public Reply send(String method, String path, String user, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, application/problem+json")
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("ETag").orElse(null), response.headers().firstValue("Location").orElse(null),
                    response.body(), response.headers().firstValue("Retry-After").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    /** A file as it is sent, not decoded as text: a PDF, or the problem that came instead. */
    public record Download(int status, String contentType, String contentDisposition, String cacheControl, byte[] content) {

        @Override
        public String toString() {
            return status + " " + contentType + " " + (contentType.startsWith("application/pdf") ? content.length + " bytes"
                    : new String(content, StandardCharsets.UTF_8));
        }
    }

    /** @param accept the Accept header, e.g. {@code application/pdf, application/problem+json} */
    public Download download(String path, String user, String accept) {
        return download("GET", path, user, accept, null);
    }

    /** A file made from a JSON body, such as the preview of unsaved changes. */
    public Download download(String method, String path, String user, String accept, String jsonBody) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path.startsWith("/") ? path.substring(1) : path))
                .timeout(Duration.ofSeconds(60))
                .header("Accept", accept);
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
        }
        request.method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(null),
                    response.headers().firstValue("Cache-Control").orElse(null), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }

    public Reply get(String path, String user) {
        return call("GET", path, user, null);
    }

    public Reply post(String path, String user, String json) {
        return call("POST", path, user, json);
    }

    public Reply put(String path, String user, String json) {
        return call("PUT", path, user, json);
    }
}
