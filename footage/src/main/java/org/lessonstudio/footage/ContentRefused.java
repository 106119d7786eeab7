package org.lessonstudio.footage;

/**
 * A video service refused a prompt for what it shows (its content policy), not for a passing
 * fault. The render stops: trying the same words again, or with another provider, would only spend
 * more. The refusal is kept in the clip cache so the same prompt is not sent again blindly.
 */
public final class ContentRefused extends FootageException {

    private final String provider;
    private final String reason;
    private final boolean remembered;

    /**
     * @param provider   the service that refused
     * @param reason     its reason, as it gave it (scrubbed of the key)
     * @param remembered the refusal was found in the cache: nothing was sent this time
     */
    public ContentRefused(String provider, String reason, boolean remembered) {
        super(provider + " refused the prompt: " + reason);
        this.provider = provider;
        this.reason = reason;
        this.remembered = remembered;
    }

    public String provider() {
        return provider;
    }

    public String reason() {
        return reason;
    }

    public boolean remembered() {
        return remembered;
    }
}
