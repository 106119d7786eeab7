package org.lessonstudio.cli.cycle.pong;

import org.lessonstudio.cli.cycle.ping.Ping;

/** The other half of the package cycle that ArchitectureTest's rule must find. */
public final class Pong {

    public Ping answer() {
        return new Ping();
    }
}
