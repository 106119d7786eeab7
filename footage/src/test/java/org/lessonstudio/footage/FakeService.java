package org.lessonstudio.footage;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A video service on 127.0.0.1 for tests: each path answers from a script of replies (the last
 * repeats), and every request is kept (method, path, headers, body) to be looked at afterwards.
 */
final class FakeService implements AutoCloseable {

    record Reply(int status, String body, byte[] bytes, long delayMillis, Map<String, String> headers) {
        static Reply json(String body) {
            return new Reply(200, body, null, 0, Map.of());
        }

        static Reply status(int status, String body) {
            return new Reply(status, body, null, 0, Map.of());
        }

        static Reply file(byte[] bytes) {
            return new Reply(200, null, bytes, 0, Map.of());
        }

        Reply after(long millis) {
            return new Reply(status, body, bytes, millis, headers);
        }

        Reply with(String header, String value) {
            Map<String, String> more = new HashMap<>(headers);
            more.put(header, value);
            return new Reply(status, body, bytes, delayMillis, more);
        }
    }

    record Request(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, Deque<Reply>> scripts = new HashMap<>();
    final List<Request> requests = new ArrayList<>();

    FakeService() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Replies for a path, in order; the last one is repeated. */
    FakeService on(String path, Reply... replies) {
        scripts.put(path, new ArrayDeque<>(List.of(replies)));
        return this;
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Reply reply;
        synchronized (this) {
            requests.add(new Request(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()), body));
            Deque<Reply> script = scripts.get(path);
            reply = script == null ? Reply.status(404, "{\"error\":\"no such path\"}")
                    : script.size() > 1 ? script.removeFirst() : script.peekFirst();
        }
        try {
            if (reply.delayMillis() > 0) {
                Thread.sleep(reply.delayMillis());
            }
            byte[] bytes = reply.bytes() != null ? reply.bytes() : reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            exchange.sendResponseHeaders(reply.status(), bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (InterruptedException | IOException e) {
            // the client gave up (a timeout test); nothing more to send
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
