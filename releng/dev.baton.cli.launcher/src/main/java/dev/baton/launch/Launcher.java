package dev.baton.launch;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.ToIntFunction;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The {@code baton} command's launcher: starts an OSGi framework (Apache Felix, found through {@link FrameworkFactory})
 * with every bundle of the distribution's {@code bundles/} folder, waits until the command-line component is active,
 * runs one command and stops the framework. The exit code is the command's (0 ok, 1 findings, 2 usage or load error; 3
 * when the runtime itself cannot start).
 *
 * <p>
 * The command is reached as a {@code ToIntFunction<Map<String, Object>>} service with {@code baton.cli=main}: JDK types
 * only, so no Baton class has to be shared with the launcher.
 */
public final class Launcher {

	private static final int RUNTIME_FAILURE = 3;
	/** The bundle of the command line, whose version {@code --version} prints. */
	private static final String CLI_BUNDLE = "dev.baton.cli";
	private static final long START_TIMEOUT_MS = 20_000;
	/**
	 * Aries SPI Fly (which registers SLF4J's provider for JGit) logs every registration at INFO through
	 * java.util.logging: kept to warnings unless --debug. A field, because JUL holds its loggers weakly and would
	 * forget the level.
	 */
	private static final java.util.logging.Logger SPI_FLY =
			java.util.logging.Logger.getLogger("org.apache.aries.spifly");

	private Launcher() {
	}

	public static void main(String[] args) {
		boolean debug = Arrays.asList(args).contains("--debug");
		SPI_FLY.setLevel(debug ? java.util.logging.Level.INFO : java.util.logging.Level.WARNING);
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		int exit;
		try {
			Optional<String> version = version(args);
			if (version.isPresent() && debug) {
				err.println("baton: the version is the " + CLI_BUNDLE + " bundle's, read from bundles/ without "
						+ "starting the runtime");
			}
			exit = version.isPresent() ? printed(out, "baton " + version.get()) : run(args, out, err, debug);
		} catch (Exception e) {
			err.println("baton: the runtime could not start: " + e.getMessage());
			if (debug) {
				// --debug asks for the trace: the platform log prints it (java.util.logging, to stderr)
				System.getLogger(Launcher.class.getName()).log(System.Logger.Level.ERROR,
						"baton: the runtime could not start", e);
			}
			exit = RUNTIME_FAILURE;
		}
		out.flush();
		err.flush();
		System.exit(exit);
	}

	static int run(String[] args, PrintStream out, PrintStream err, boolean debug)
			throws IOException, BundleException, InterruptedException, InvalidSyntaxException {
		Path home = home();
		Path storage = Files.createTempDirectory("baton-felix-");
		Map<String, String> config = new HashMap<>();
		config.put(Constants.FRAMEWORK_STORAGE, storage.toString());
		config.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
		// Felix SCR logs to stderr only when asked
		config.put("ds.loglevel", debug ? "info" : "error");
		config.put("felix.log.level", debug ? "3" : "1");
		// PDFBox's I/O bundle imports sun.misc (Unsafe, for unmapping buffers): the JDK has it
		config.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "sun.misc");
		// the PDF exporter draws diagrams through AWT's Graphics2D, never on a screen
		System.setProperty("java.awt.headless", "true");
		Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst()
				.orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path (lib/)"))
				.newFramework(config);
		try {
			framework.init();
			BundleContext context = framework.getBundleContext();
			List<Bundle> bundles = new ArrayList<>();
			try (DirectoryStream<Path> jars = Files.newDirectoryStream(home.resolve("bundles"), "*.jar")) {
				for (Path jar : jars) {
					// "reference:" lets Felix use the jar where it is instead of copying it into its cache
					bundles.add(context.installBundle("reference:" + jar.toUri()));
				}
			}
			framework.start();
			for (Bundle bundle : bundles) {
				if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
					try {
						bundle.start(Bundle.START_ACTIVATION_POLICY);
					} catch (BundleException e) {
						if (debug) {
							err.println(
									"baton: bundle " + bundle.getSymbolicName() + " did not start: " + e.getMessage());
						}
					}
				}
			}
			ServiceTracker<Object, Object> tracker = new ServiceTracker<>(context,
					context.createFilter("(&(objectClass=" + ToIntFunction.class.getName() + ")(baton.cli=main))"),
					null);
			tracker.open();
			Object main = tracker.waitForService(START_TIMEOUT_MS);
			if (main == null) {
				err.println("baton: the command line did not start within " + START_TIMEOUT_MS / 1000
						+ " s (run with --debug to see why)");
				return RUNTIME_FAILURE;
			}
			@SuppressWarnings("unchecked")
			ToIntFunction<Map<String, Object>> command = (ToIntFunction<Map<String, Object>>) main;
			Map<String, Object> call = new HashMap<>();
			call.put("args", List.of(args));
			call.put("out", out);
			call.put("err", err);
			call.put("cwd", Path.of("").toAbsolutePath().toString());
			int exit = command.applyAsInt(call);
			tracker.close();
			return exit;
		} finally {
			framework.stop();
			framework.waitForStop(10_000);
			deleteTree(storage);
		}
	}

	/**
	 * {@code baton --version} without starting the framework (a tenth of the time): the command-line bundle's version,
	 * read from its manifest in {@code bundles/}, which is what the command inside the framework would print. Empty for
	 * any other command, or when the bundle cannot be read (the framework then answers).
	 */
	static Optional<String> version(String[] args) {
		List<String> options = new ArrayList<>(Arrays.asList(args));
		options.remove("--debug");
		if (options.isEmpty() || !options.get(0).equals("--version") && !options.get(0).equals("-V")) {
			return Optional.empty();
		}
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(home().resolve("bundles"), CLI_BUNDLE + "_*.jar")) {
			for (Path jar : jars) {
				try (JarFile file = new JarFile(jar.toFile())) {
					Manifest manifest = file.getManifest();
					String name = manifest == null ? null
							: manifest.getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
					if (name != null && name.split(";")[0].strip().equals(CLI_BUNDLE)) {
						return Optional.ofNullable(manifest.getMainAttributes().getValue(Constants.BUNDLE_VERSION));
					}
				}
			}
		} catch (IOException | RuntimeException e) {
			return Optional.empty();
		}
		return Optional.empty();
	}

	private static int printed(PrintStream out, String line) {
		out.println(line);
		return 0;
	}

	/** The distribution's folder: {@code baton.home}, or the parent of the folder holding this jar. */
	private static Path home() {
		String home = System.getProperty("baton.home");
		if (home != null) {
			return Path.of(home);
		}
		try {
			Path jar = Path.of(Launcher.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			return jar.getParent().getParent();
		} catch (URISyntaxException e) {
			throw new IllegalStateException("cannot tell where the distribution is; set -Dbaton.home", e);
		}
	}

	private static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (var paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(path);
			}
		}
	}
}
