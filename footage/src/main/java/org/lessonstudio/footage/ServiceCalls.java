package org.lessonstudio.footage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Talking to a video service: every request with a time limit, retried with growing, jittered
 * waits when the service is busy (429) or failing (5xx) or does not answer, and a service's
 * {@code Retry-After} honoured. Redirects are followed here, not by the HTTP client (which would
 * forward the key to any host): at most five, and a request's credentials go only as far as its
 * own host. Messages name the service and the HTTP status; anything a service said is scrubbed of
 * the key before it is cut short and shown, and job ids are checked before they are kept.
 */
public final class ServiceCalls {

    /** How waiting is done: really in use, instantly in tests. */
    @FunctionalInterface
    public interface Pause {
        Pause SLEEP = duration -> Thread.sleep(duration.toMillis());

        void sleep(Duration duration) throws InterruptedException;
    }

    /** What a job id or operation name may look like before it is followed, kept or recorded. */
    static final Pattern JOB_ID = Pattern.compile("[A-Za-z0-9._:/-]{1,128}");
    /** The most redirects one request may take. */
    static final int MOST_REDIRECTS = 5;
    /** Headers that carry credentials, never sent on to another host (nor any header holding the key). */
    private static final Set<String> CREDENTIALS = Set.of("authorization", "proxy-authorization", "cookie",
            "x-goog-api-key", "x-api-key");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Pause pause;
    private final Random jitter;
    private final int retries;
    private final Duration timeout;
    private final KeyScrubber scrubber;

    /**
     * @param retries how many times a busy or failing request is tried again
     * @param timeout how long one request may take
     * @param secret  the key in use, scrubbed from anything a service says (a service may echo it)
     */
    public ServiceCalls(Pause pause, Random jitter, int retries, Duration timeout, String secret) {
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.pause = pause;
        this.jitter = jitter;
        this.retries = retries;
        this.timeout = timeout;
        this.scrubber = new KeyScrubber(secret);
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
    public String send(String service, HttpRequest.Builder request) throws FootageException {
        HttpResponse<String> answer = retried(service, request, HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            String body = shown(answer.body(), 200);
            throw new FootageException(service + " refused the request (HTTP " + answer.statusCode() + ")"
                    + (body.isEmpty() ? "" : ": " + body));
        }
        return answer.body();
    }

    /** Sends a request and reads its answer as a JSON object; anything else is a plain mistake naming the service. */
    public JsonNode json(String service, HttpRequest.Builder request) throws FootageException {
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

    /**
     * A job id or operation name as a service gave it, checked before it is followed or kept: the
     * shape of {@link #JOB_ID} without "..", no part of the key, and what the service itself requires
     * ({@code fitsTheService}). Never shown when refused.
     */
    String jobId(String service, String what, String id, boolean fitsTheService) throws FootageException {
        if (!fitsTheService || !JOB_ID.matcher(id).matches() || id.contains("..") || scrubber.touches(id)) {
            throw new FootageException(service + " gave " + what + " Lesson Studio does not accept (it must be 1 to"
                    + " 128 letters, digits or . _ : / - and hold no part of the key); the clip was not fetched");
        }
        return id;
    }

    /** A video's address as a service listed it: an http or https address, or a plain mistake that does not echo it. */
    URI address(String service, String text) throws FootageException {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // said below, without the address (it may hold anything)
        }
        throw new FootageException(service + " listed a video address Lesson Studio cannot use");
    }

    /** Text a service sent, fit for a message: the key scrubbed out first, then on one line, then cut short. */
    public String shown(String text, int max) {
        return scrubber.shown(text, max);
    }

    private <T> HttpResponse<T> retried(String service, HttpRequest.Builder builder,
                                        HttpResponse.BodyHandler<T> body) throws FootageException {
        HttpRequest request;
        try {
            request = builder.timeout(timeout).build();
        } catch (IllegalArgumentException | IllegalStateException e) {
            // the JDK's message would repeat the header's value, which may be the key
            throw new FootageException(service + "'s request could not be made (a header is not valid); nothing"
                    + " was sent");
        }
        double wait = 2;
        for (int attempt = 0; ; attempt++) {
            String problem;
            Duration asked = null;
            try {
                HttpResponse<T> answer = followed(service, request, body);
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
            } catch (IllegalArgumentException e) {
                throw new FootageException(service + " was given an address Lesson Studio cannot use");
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

    /** Sends a request, following up to {@link #MOST_REDIRECTS} redirects; a redirect's own body is dropped. */
    private <T> HttpResponse<T> followed(String service, HttpRequest first, HttpResponse.BodyHandler<T> body)
            throws IOException, InterruptedException, FootageException {
        HttpRequest request = first;
        for (int hops = 0; ; hops++) {
            HttpResponse<T> answer = client.send(request, info -> redirect(info.statusCode())
                    ? HttpResponse.BodySubscribers.replacing(null) : body.apply(info));
            int status = answer.statusCode();
            if (!redirect(status)) {
                return answer;
            }
            if (hops >= MOST_REDIRECTS) {
                throw new FootageException(service + " redirected more than " + MOST_REDIRECTS + " times; gave up");
            }
            Optional<String> location = answer.headers().firstValue("Location");
            if (location.isEmpty()) {
                throw new FootageException(service + " redirected (HTTP " + status + ") without saying where");
            }
            request = onwards(request, target(service, request.uri(), location.get()), status);
        }
    }

    private static boolean redirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Where a redirect points, relative to the request; only http and https are followed. */
    private static URI target(String service, URI from, String location) throws FootageException {
        try {
            URI next = from.resolve(new URI(location.strip()));
            String scheme = next.getScheme() == null ? "" : next.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && next.getHost() != null) {
                return next;
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // said below, without the address
        }
        throw new FootageException(service + " redirected to an address Lesson Studio does not follow");
    }

    /**
     * The request sent on after a redirect: the same method and body for 307 and 308, a GET for the
     * others; every header kept on the same host (scheme, host and port), and on another host all
     * but credentials and any header holding the key.
     */
    private HttpRequest onwards(HttpRequest request, URI next, int status) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(next);
        request.timeout().ifPresent(builder::timeout);
        boolean sameHost = sameOrigin(request.uri(), next);
        request.headers().map().forEach((name, values) -> {
            boolean credential = CREDENTIALS.contains(name.toLowerCase(Locale.ROOT))
                    || values.stream().anyMatch(scrubber::touches);
            if (sameHost || !credential) {
                values.forEach(value -> builder.header(name, value));
            }
        });
        if (status == 307 || status == 308) {
            builder.method(request.method(), request.bodyPublisher().orElse(HttpRequest.BodyPublishers.noBody()));
        } else {
            builder.GET();
        }
        return builder.build();
    }

    /** The same scheme, host and port (a port left out is the scheme's own). */
    static boolean sameOrigin(URI a, URI b) {
        return a.getScheme() != null && b.getScheme() != null && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost() != null && a.getHost().equalsIgnoreCase(b.getHost()) && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() != -1 ? uri.getPort() : uri.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }

    private static Optional<Duration> seconds(String header) {
        try {
            return Optional.of(Duration.ofSeconds(Math.min(120, Math.max(0, Long.parseLong(header.trim())))));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
