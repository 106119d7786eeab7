package org.lessonstudio.preview;

import java.io.PrintWriter;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.PreviewLauncher;

/** The live preview as the command line finds it ({@link PreviewLauncher#find()}, a service of this module). */
public final class PreviewStarter implements PreviewLauncher {

    @Override
    public int open(Request request, Env env, PrintWriter out, PrintWriter err) {
        return PreviewApp.run(request, env, out, err);
    }
}
