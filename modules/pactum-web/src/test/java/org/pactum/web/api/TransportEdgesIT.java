package org.pactum.web.api;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;
import org.pactum.web.support.Api;
import org.pactum.web.support.Loopback;
import org.pactum.web.support.SharedApiServer;

/**
 * The edges of HTTP as a prober meets them: bodies that never end, odd addresses and methods, what the container
 * answers itself, /metrics, the security headers on every kind of answer. Requests that ordinary clients tidy up
 * (chunked bodies, a NUL in the path, a GET with a body) go over a raw socket.
 */
@ExtendWith(SharedApiServer.class)
class TransportEdgesIT {

    private static final String PROBLEM = "application/problem+json";
    private static final Duration QUICKLY = Duration.ofSeconds(20);

    URL base;

    URI loopback;
    Api api;

    @BeforeEach
    void connect(URL base) {
        this.base = base;
        loopback = Loopback.of(base);
        api = new Api(base);
    }

    // ---- body limit -------------------------------------------------------------------------------------------------

    @Test
    void a_chunked_json_body_over_the_limit_is_refused_with_413_as_soon_as_it_passes_it() throws Exception {
        byte[] head = "{\"title\":{\"ru\":\"".getBytes(StandardCharsets.UTF_8);
        long started = System.nanoTime();
        Raw reply = chunked("POST", "/api/v1/agreements", "drafter", "application/json", head, (byte) 'a',
                10L * 1024 * 1024);
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertProblem(reply, 413, "payload-too-large");
        assertTrue(reply.body().contains("4194304"), reply::toString);
        assertEquals("close", reply.header("connection"), "the rest of the body is not read: " + reply);
        assertTrue(took.compareTo(QUICKLY) < 0, "took " + took);
    }

    @Test
    void the_server_closes_the_connection_instead_of_reading_an_endless_body_to_its_end() throws Exception {
        long endless = 1024L * 1024 * 1024;
        Raw reply = chunked("POST", "/api/v1/agreements", "drafter", "application/json",
                "[".getBytes(StandardCharsets.UTF_8), (byte) ' ', endless);
        assertProblem(reply, 413, "payload-too-large");
        assertTrue(reply.sent() < 64L * 1024 * 1024, "the server read on to byte " + reply.sent());
    }

    @Test
    void a_chunked_upload_to_verify_over_its_larger_limit_is_refused_with_413() throws Exception {
        String boundary = "pactum-edge";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
        Raw multipart = chunked("POST", "/api/v1/verifications", "auditor", "multipart/form-data; boundary=" + boundary,
                head, (byte) '0', 60L * 1024 * 1024);
        assertProblem(multipart, 413, "payload-too-large");
        assertTrue(multipart.body().contains("52428800"), multipart::toString);

        Raw pdf = chunked("POST", "/api/v1/verifications", "auditor", "application/pdf",
                "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), (byte) '0', 60L * 1024 * 1024);
        assertProblem(pdf, 413, "payload-too-large");
    }

    @Test
    void a_chunked_body_within_the_limit_is_read_as_usual() throws Exception {
        Raw reply = stream("POST", "/api/v1/agreements", "drafter", "application/json",
                "{\"title\":{\"ru\":\"".getBytes(StandardCharsets.UTF_8), (byte) 'a', 100_000,
                "\"}}".getBytes(StandardCharsets.UTF_8), true);
        assertProblem(reply, 422, "invalid-input");
    }

    @Test
    void a_form_too_large_for_a_page_is_refused_with_413_not_a_server_error() throws Exception {
        Raw form = stream("POST", "/login.xhtml", null, "application/x-www-form-urlencoded",
                "login%3Ausername=".getBytes(StandardCharsets.US_ASCII), (byte) 'a', 3L * 1024 * 1024, new byte[0], false);
        assertEquals(413, form.status(), form::toString);

        String boundary = "pactum-edge";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"verify:file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.7\n").getBytes(StandardCharsets.US_ASCII);
        Raw upload = chunked("POST", "/public/verify.xhtml", null, "multipart/form-data; boundary=" + boundary, head,
                (byte) '0', 60L * 1024 * 1024);
        assertEquals(413, upload.status(), upload::toString);
    }

    // ---- every answer under /api is problem+json ---------------------------------------------------------------------

    @Test
    void addresses_no_resource_answers_are_problem_json_404() throws Exception {
        for (String path : List.of("/api/v1/nothing", "/api/nothing", "/api", "/API/v1/agreements", "/Api/v1/regions",
                "/api/v1/agreements%2F1", "/api%2Fv1/agreements", "/api/v1/application.wadl")) {
            assertProblem(raw("GET", path, "drafter", null), 404, "not-found");
        }
    }

    @Test
    void a_method_an_address_does_not_take_is_405_problem_json_naming_the_methods_it_takes() throws Exception {
        Raw delete = raw("DELETE", "/api/v1/agreements", "drafter", null);
        assertProblem(delete, 405, "method-not-allowed");
        List<String> allowed = Arrays.stream(delete.header("allow").split(",")).map(String::strip).toList();
        assertTrue(allowed.containsAll(List.of("GET", "POST")), delete::toString);
    }

    @Test
    void options_lists_the_methods_for_anyone_signed_in_without_an_access_denied_event() throws Exception {
        String denials = "api/v1/audit/events?action=user.access-denied&size=1";
        long before = api.get(denials, "auditor").json().getJsonNumber("total").longValue();

        Raw options = raw("OPTIONS", "/api/v1/agreements", "signer1", null);
        assertEquals(204, options.status(), options::toString);
        assertTrue(options.header("allow").contains("POST"), options::toString);
        assertEquals(204, raw("OPTIONS", "/api/v1/regions", "drafter", null).status());
        assertProblem(raw("OPTIONS", "/api/v1/agreements", null, null), 401, "unauthenticated");

        assertEquals(before, api.get(denials, "auditor").json().getJsonNumber("total").longValue(),
                "OPTIONS is no attempt to do anything");
    }

    @Test
    void requests_the_http_layer_refuses_itself_get_no_page_and_lose_the_connection() throws Exception {
        Raw getWithBody = raw("GET", "/api/v1/agreements", "drafter", "{\"a\":1}");
        Raw trace = raw("TRACE", "/api/v1/agreements", "drafter", null);
        Raw traceOnAPage = raw("TRACE", "/login.xhtml", null, null);
        Raw nul = raw("GET", "/api/v1/agreements%00", "drafter", null);
        assertAll(
                () -> assertEquals(400, getWithBody.status(), getWithBody::toString),
                () -> assertEquals(405, trace.status(), trace::toString),
                () -> assertEquals(405, traceOnAPage.status(), traceOnAPage::toString),
                () -> assertFalse(traceOnAPage.body().contains("TRACE /login.xhtml"), "TRACE is never echoed"),
                () -> assertEquals(400, nul.status(), nul::toString));
        for (Raw refused : List.of(getWithBody, trace, nul)) {
            assertFalse(refused.header("content-type").contains("html"), refused::toString);
        }
    }

    // ---- faces -------------------------------------------------------------------------------------------------------

    @Test
    void a_forged_view_state_gets_the_readable_error_page() throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new java.net.CookieManager()).build();
        String login = browser.send(HttpRequest.newBuilder(loopback.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        String viewState = login.replaceFirst("(?s).*name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\".*", "$1");
        browser.send(post("login.xhtml", "login=login&login%3Ausername=drafter&login%3Apassword=" + Api.DEMO_PASSWORD
                + "&login%3Asubmit=x&jakarta.faces.ViewState=" + encode(viewState)), HttpResponse.BodyHandlers.ofString());

        HttpResponse<String> forged = browser.send(post("registry/agreements.xhtml",
                "filters=filters&jakarta.faces.ViewState=forged-1%3A2"), HttpResponse.BodyHandlers.ofString());
        assertEquals(400, forged.statusCode(), forged::body);
        assertTrue(forged.body().contains("<title>Страница устарела"), forged::body);
    }

    // ---- /metrics, /health, /openapi ---------------------------------------------------------------------------------

    @Test
    void metrics_are_for_administrators_only_while_health_and_openapi_stay_public() throws Exception {
        assertProblem(raw("GET", "/metrics", null, null), 401, "unauthenticated");
        assertEquals(403, raw("GET", "/metrics", "drafter", null).status());
        assertEquals(403, raw("GET", "/metrics/base", "auditor", null).status());
        HttpResponse<String> admin = HttpClient.newHttpClient().send(HttpRequest.newBuilder(loopback.resolve("metrics"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("admin:" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, admin.statusCode(), admin::body);
        assertTrue(admin.body().contains("memory"), "heap and the like, as before");
        assertEquals(200, raw("GET", "/health", null, null).status());
        assertEquals(200, raw("GET", "/openapi", null, null).status());
    }

    // ---- security headers --------------------------------------------------------------------------------------------

    @Test
    void every_kind_of_answer_carries_the_security_headers() throws Exception {
        record Address(String method, String path, String user, int status) {
        }
        List<Address> addresses = List.of(
                new Address("GET", "/", null, 302),
                new Address("GET", "/registry/agreements.xhtml", null, 302),
                new Address("GET", "/login.xhtml", null, 200),
                new Address("GET", "/jakarta.faces.resource/css/pactum.css.xhtml", null, 200),
                new Address("GET", "/nothing", null, 404),
                new Address("GET", "/WEB-INF/web.xml", null, 404),
                new Address("GET", "/metrics", "drafter", 403),
                new Address("GET", "/api/v1/agreements", null, 401),
                new Address("GET", "/api/v1/agreements", "drafter", 200),
                new Address("POST", "/api/v1/regions", "drafter", 403),
                new Address("GET", "/api/v1/agreements/999999", "drafter", 404),
                new Address("GET", "/API/v1/agreements", "drafter", 404),
                new Address("DELETE", "/api/v1/agreements", "drafter", 405),
                new Address("OPTIONS", "/api/v1/agreements", "drafter", 204),
                new Address("GET", "/metrics", null, 401),
                new Address("GET", "/health", null, 200));
        List<Executable> checks = new ArrayList<>();
        for (Address address : addresses) {
            Raw reply = raw(address.method(), address.path(), address.user(),
                    address.method().equals("POST") ? "{}" : null);
            String what = address.method() + " " + address.path() + " → " + reply.status() + " " + reply.headers();
            checks.add(() -> assertEquals(address.status(), reply.status(), what));
            checks.add(() -> assertEquals("nosniff", reply.header("x-content-type-options"), what));
            checks.add(() -> assertTrue(reply.header("content-security-policy").contains("frame-ancestors"), what));
            checks.add(() -> assertEquals("DENY", reply.header("x-frame-options"), what));
            checks.add(() -> assertEquals("same-origin", reply.header("referrer-policy"), what));
        }
        assertAll(checks);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------------

    /**
     * A reply as it came off the wire; header names in lower case.
     *
     * @param sent the bytes of the body sent before the server closed the connection, or all; -1 when not streamed
     */
    record Raw(int status, Map<String, String> headers, String body, long sent) {

        String header(String name) {
            return headers.getOrDefault(name, "");
        }

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        @Override
        public String toString() {
            return status + " " + headers + " " + body;
        }
    }

    private static void assertProblem(Raw reply, int status, String slug) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.header("content-type").startsWith(PROBLEM), reply::toString);
        assertEquals("urn:pactum:problem:" + slug, reply.json().getString("type"), reply::toString);
        assertEquals(status, reply.json().getInt("status"), reply::toString);
    }

    private Raw raw(String method, String path, String user, String body) throws IOException {
        byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(method, path, user, body == null ? null : "application/json",
                    body == null ? "" : "Content-Length: " + content.length + "\r\n", true));
            out.write(content);
            out.flush();
            return read(socket.getInputStream(), !method.equals("HEAD"));
        }
    }

    /** A body of {@code head}, then {@code filler} up to {@code length} bytes, sent in chunks. */
    private Raw chunked(String method, String path, String user, String contentType, byte[] head, byte filler,
                        long length) throws Exception {
        return stream(method, path, user, contentType, head, filler, length, new byte[0], true);
    }

    /**
     * Sends {@code head}, {@code filler} bytes up to {@code length} and {@code tail}, in chunks or with its
     * Content-Length, until all went out or the server closed the connection, reading the answer meanwhile, as a
     * client that reads early does. The connection is left to the server to keep or close.
     */
    private Raw stream(String method, String path, String user, String contentType, byte[] head, byte filler,
                       long length, byte[] tail, boolean chunks) throws Exception {
        try (Socket socket = open()) {
            OutputStream out = socket.getOutputStream();
            out.write(head(method, path, user, contentType, chunks ? "Transfer-Encoding: chunked\r\n"
                    : "Content-Length: " + Math.max(length + tail.length, head.length + tail.length) + "\r\n", false));
            AtomicLong sent = new AtomicLong();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                byte[] chunk = new byte[64 * 1024];
                Arrays.fill(chunk, filler);
                try {
                    writeChunk(out, head, head.length, chunks);
                    for (sent.set(head.length); sent.get() < length; ) {
                        int size = (int) Math.min(chunk.length, length - sent.get());
                        writeChunk(out, chunk, size, chunks);
                        sent.addAndGet(size);
                    }
                    writeChunk(out, tail, tail.length, chunks);
                    if (chunks) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    out.flush();
                } catch (IOException closedByTheServer) {
                    // What a refused body comes to: the server stopped reading.
                }
            });
            Raw reply = read(socket.getInputStream(), true);
            // The sender ends by itself: sent everything, or the server closed the connection.
            sending.get(2, TimeUnit.MINUTES);
            return new Raw(reply.status(), reply.headers(), reply.body(), sent.get());
        }
    }

    private static void writeChunk(OutputStream out, byte[] bytes, int length, boolean chunks) throws IOException {
        if (length == 0) {
            return;
        }
        if (chunks) {
            out.write((Integer.toHexString(length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write(bytes, 0, length);
        if (chunks) {
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
    }

    private Socket open() throws IOException {
        Socket socket = new Socket(loopback.getHost(), loopback.getPort());
        socket.setSoTimeout((int) Duration.ofSeconds(60).toMillis());
        return socket;
    }

    private byte[] head(String method, String path, String user, String contentType, String framing, boolean close) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + loopback.getHost() + ":"
                + loopback.getPort() + "\r\nAccept: application/json, application/problem+json\r\n");
        if (user != null) {
            head.append("Authorization: Basic ").append(Base64.getEncoder().encodeToString(
                    (user + ":" + Api.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8))).append("\r\n");
        }
        if (contentType != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
        }
        head.append(framing).append(close ? "Connection: close\r\n" : "").append("\r\n");
        return head.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The first final answer (a 100 Continue is skipped); the body by Content-Length, chunks, or up to the close. */
    private static Raw read(InputStream in, boolean withBody) throws IOException {
        while (true) {
            String status = line(in);
            Map<String, String> headers = new HashMap<>();
            for (String line = line(in); !line.isEmpty(); line = line(in)) {
                int colon = line.indexOf(':');
                headers.merge(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip(),
                        (first, second) -> first + ", " + second);
            }
            int code = Integer.parseInt(status.split(" ")[1]);
            if (code == 100) {
                continue;
            }
            byte[] body;
            if (!withBody || code == 204 || code == 304) {
                body = new byte[0];
            } else if (headers.containsKey("content-length")) {
                body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
            } else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                ByteArrayOutputStream all = new ByteArrayOutputStream();
                for (int size = Integer.parseInt(line(in).split(";")[0].strip(), 16); size > 0;
                     size = Integer.parseInt(line(in).split(";")[0].strip(), 16)) {
                    all.write(in.readNBytes(size));
                    line(in);
                }
                body = all.toByteArray();
            } else {
                body = in.readAllBytes();
            }
            return new Raw(code, headers, new String(body, StandardCharsets.UTF_8), -1);
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int next = in.read(); next != '\n'; next = in.read()) {
            if (next < 0) {
                throw new IOException("the connection closed in the middle of an answer: " + line);
            }
            if (next != '\r') {
                line.write(next);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private HttpRequest post(String path, String form) {
        return HttpRequest.newBuilder(loopback.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
