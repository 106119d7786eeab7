package org.lessonstudio.cluster;

import java.util.List;
import java.util.regex.Pattern;
import org.lessonstudio.app.Env;
import org.lessonstudio.app.farm.RenderBackend;
import org.lessonstudio.app.farm.TaskFailed;

/**
 * Spark as a render farm for {@code lesson export --on}: {@code local[N]} (or {@code local[N,F]},
 * F tries a task) on this machine, {@code spark://HOST:7077} for a standalone farm such as
 * {@code lesson farm} makes, {@code k8s://…} or {@code yarn} where Spark runs already. Found by
 * the application layer through {@link java.util.ServiceLoader}.
 */
public final class SparkFarm implements RenderBackend.Provider {

    private static final Pattern ADDRESS = Pattern.compile("local(\\[[0-9*]+(,[0-9]+)?])?|spark://.+|k8s://.+|yarn");

    @Override
    public boolean accepts(String address) {
        return ADDRESS.matcher(address).matches();
    }

    @Override
    public RenderBackend connect(String address, Env env) {
        return new SparkBackend(address, env);
    }

    @Override
    public int serve(List<String> arguments, Env env) throws TaskFailed {
        return FarmServer.serve(arguments, env);
    }
}
