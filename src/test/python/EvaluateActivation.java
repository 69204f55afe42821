import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.activationlab.model.Activation;
import org.activationlab.model.Catalogue;

/**
 * Prints x,f(x),f'(x) of one catalogue activation for each x read from standard input (one per
 * line), with every double written so that it reads back exactly. Used by
 * check_activations_against_torch.py through Java's source-file mode:
 * {@code java -cp target/activation-lab.jar EvaluateActivation.java NAME [KEY=VALUE]... < xs}
 */
public final class EvaluateActivation {
    public static void main(String[] args) throws Exception {
        Map<String, Double> parameters = new LinkedHashMap<>();
        for (int i = 1; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            parameters.put(pair[0], Double.parseDouble(pair[1]));
        }
        Activation activation = Catalogue.create(args[0], parameters);
        StringBuilder out = new StringBuilder();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            double x = Double.parseDouble(line.trim());
            out.append(x).append(',').append(activation.value(x)).append(',').append(activation.derivative(x)).append('\n');
        }
        System.out.print(out);
    }
}
