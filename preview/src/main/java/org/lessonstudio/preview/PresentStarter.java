package org.lessonstudio.preview;

import java.io.PrintWriter;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.PresentLauncher;

/** {@code lesson present} as the command line finds it ({@link PresentLauncher#find()}, a service of this module). */
public final class PresentStarter implements PresentLauncher {

    @Override
    public int open(Request request, Env env, PrintWriter out, PrintWriter err) {
        return PresentApp.run(request, env, out, err);
    }
}
