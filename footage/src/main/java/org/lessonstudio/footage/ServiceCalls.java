package org.lessonstudio.footage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

/**
 * Talking to a video service: every request with a time limit, retried with growing, jittered
 * waits when the service is busy (429) or failing (5xx) or does not answer, and a service's
 * {@code Retry-After} honoured. Messages name the service and the HTTP status, never a key.
 */
public final class ServiceCalls {

    /** How waiting is done: really in use, instantly in tests. */
    @FunctionalInterface
    public interface Pause {
        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Pause pause;
    private final Random jitter;
    private final int retries;
    private final Duration timeout;
    private final String secret;

    /**
     * @param retries how many times a busy or failing request is tried again
     * @param timeout how long one request may take
     * @param secret  the key in use, scrubbed from any message (a service may echo it)
     */
    public ServiceCalls(Pause pause, Random jitter, int retries, Duration timeout, String secret) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.pause = pause;
        this.jitter = jitter;
        this.retries = retries;
        this.timeout = timeout;
        this.secret = secret == null ? "" : secret;
    }

    /** The standard settings: 4 retries, 30 s a request, real waiting. */
    public static ServiceCalls standard(String secret) {
        return new ServiceCalls(Pause.SLEEP, new Random(), 4, Duration.ofSeconds(30), secret);
    }

    Pause pause() {
        return pause;
    }

    /** A wait of about {@code seconds}, give or take a fifth, so many clients do not retry in step. */
    Duration jittered(double seconds) {
        double factor = 0.8 + 0.4 * jitter.nextDouble();
        return Duration.ofMillis(Math.round(seconds * factor * 1000));
    }

    /** Sends a request whose answer is JSON text; retries busy and failing answers; other errors are thrown. */
    String send(String service, HttpRequest.Builder request) throws FootageException {
        HttpResponse<String> answer = retried(service, request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new FootageException(scrub(service + " refused the request (HTTP " + answer.statusCode() + ")"
                    + detail(answer.body())));
        }
        return answer.body();
    }

    /** Sends a request and reads its answer as a JSON object; anything else is a plain mistake naming the service. */
    JsonNode json(String service, HttpRequest.Builder request) throws FootageException {
        String answer = send(service, request);
        JsonNode json;
        try {
            json = JSON.readTree(answer);
        } catch (IOException e) {
            throw new FootageException(service + " answered with something that is not JSON");
        }
        if (json == null || !json.isObject()) {
            throw new FootageException(service + " answered with something that is not a JSON object");
        }
        return json;
    }

    /** Downloads a finished clip to {@code target}; an expired or refused address is said so. */
    void download(String service, HttpRequest.Builder request, Path target) throws FootageException {
        HttpResponse<Path> answer = retried(service, request, HttpResponse.BodyHandlers.ofFile(target));
        int status = answer.statusCode();
        if (status == 403 || status == 404 || status == 410) {
            throw new FootageException(service + "'s clip could no longer be downloaded (HTTP " + status
                    + "): its address has expired; render again to make it anew");
        }
        if (status / 100 != 2) {
            throw new FootageException(service + "'s clip could not be downloaded (HTTP " + status + ")");
        }
    }

    private <T> HttpResponse<T> retried(String service, HttpRequest.Builder request,
                                        HttpResponse.BodyHandler<T> body) throws FootageException {
        request.timeout(timeout);
        double wait = 2;
        for (int attempt = 0; ; attempt++) {
            String problem;
            Duration asked = null;
            try {
                HttpResponse<T> answer = client.send(request.build(), body);
                int status = answer.statusCode();
                if (status != 429 && status / 100 != 5) {
                    return answer;
                }
                problem = status == 429 ? "was busy (HTTP 429)" : "failed (HTTP " + status + ")";
                asked = answer.headers().firstValue("Retry-After").flatMap(ServiceCalls::seconds).orElse(null);
            } catch (java.net.http.HttpTimeoutException e) {
                problem = "did not answer within " + (timeout.toMillis() < 1000 ? timeout.toMillis() + " ms"
                        : timeout.toSeconds() + " s");
            } catch (IOException e) {
                problem = "could not be reached (" + e.getClass().getSimpleName() + ")";
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FootageException("stopped while waiting for " + service);
            }
            if (attempt >= retries) {
                throw new FootageException(service + " " + problem + " " + (retries + 1) + " times; gave up");
            }
            try {
                pause.sleep(asked != null ? asked : jittered(wait));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FootageException("stopped while waiting for " + service);
            }
            wait = Math.min(wait * 2, 60);
        }
    }

    private static java.util.Optional<Duration> seconds(String header) {
        try {
            return java.util.Optional.of(Duration.ofSeconds(Math.min(120, Math.max(0, Long.parseLong(header.trim())))));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    /** A short, single-line excerpt of a refusal's body, which usually says why. */
    private static String detail(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String line = body.replaceAll("\\s+", " ").strip();
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    /** A message with the key taken out, should a service have echoed it. */
    String scrub(String message) {
        return secret.isEmpty() ? message : message.replace(secret, "***");
    }
}
