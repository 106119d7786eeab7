package org.lessonstudio.cli.cycle.ping;

import org.lessonstudio.cli.cycle.pong.Pong;

/** One half of a package cycle kept on purpose: ArchitectureTest shows its rule finds it. */
public final class Ping {

    public Pong answer() {
        return new Pong();
    }
}
