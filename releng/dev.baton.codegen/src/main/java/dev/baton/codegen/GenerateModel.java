package dev.baton.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's code generator without an IDE: reads a {@code .genmodel}, generates the model (and, when the genmodel
 * names an edit project and plug-in class, the edit) code into a scratch folder, and then either updates or checks each
 * project's committed {@code src-gen/} (for the edit project also its generated {@code plugin.xml},
 * {@code plugin.properties} and {@code icons/}).
 *
 * <p>
 * Generated code is a build output that is also committed, so pull requests show it and the IDE needs no generator.
 * {@code update} makes {@code src-gen/} equal to what EMF generates; {@code check} fails, naming the files, when they
 * differ (CI uses it, so a hand edit of generated code or a stale {@code src-gen/} never lands).
 *
 * <p>
 * Arguments: {@code <genmodel> <mode: update|check|auto> <project>=<folder>...}; {@code auto} means {@code check} when
 * the environment variable {@code CI} is {@code true}, {@code update} otherwise.
 */
public final class GenerateModel {

	/** What the generator owns in the model project: only {@code src-gen/}. */
	private static final List<String> MODEL_OWNED = List.of("src-gen/");
	/** What it owns in the edit project: the item providers and their plugin files and icons. */
	private static final List<String> EDIT_OWNED = List.of("src-gen/", "plugin.xml", "plugin.properties", "icons/");

	private GenerateModel() {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			throw new IllegalArgumentException(
					"usage: GenerateModel <genmodel> <update|check|auto> <project>=<folder>...");
		}
		Path genModelFile = Path.of(args[0]).toAbsolutePath().normalize();
		String mode = args[1];
		if ("auto".equals(mode)) {
			mode = "true".equalsIgnoreCase(System.getenv("CI")) ? "check" : "update";
		}
		if (!mode.equals("update") && !mode.equals("check")) {
			throw new IllegalArgumentException("mode must be update, check or auto, not " + mode);
		}
		Path scratch = Files.createTempDirectory("baton-codegen");
		try {
			List<String[]> projects = new ArrayList<>();
			for (String mapping : Arrays.asList(args).subList(2, args.length)) {
				String[] parts = mapping.split("=", 2);
				projects.add(new String[] { parts[0], Path.of(parts[1]).toAbsolutePath().normalize().toString() });
			}
			String editProject = generate(genModelFile, scratch, projects);
			List<String> problems = new ArrayList<>();
			for (String[] project : projects) {
				Path generated = scratch.resolve(project[0]);
				Path committed = Path.of(project[1]);
				if (!Files.isDirectory(generated.resolve("src-gen"))) {
					continue;
				}
				// the edit project's plugin.xml (the item provider factory), plugin.properties (its labels)
				// and icons are generated too; the model project's plugin.xml is written by hand
				List<String> owned = project[0].equals(editProject) ? EDIT_OWNED : MODEL_OWNED;
				if (mode.equals("update")) {
					int changed = sync(generated, committed, owned);
					System.out.println("[baton-codegen] " + project[0] + ": "
							+ (changed == 0 ? "up to date" : changed + " generated file(s) updated"));
				} else {
					problems.addAll(compare(generated, committed, owned, project[0]));
				}
			}
			if (!problems.isEmpty()) {
				StringBuilder message = new StringBuilder(
						"Generated EMF code in src-gen/ differs from what model/*.genmodel generates:\n");
				problems.forEach(p -> message.append("  ").append(p).append('\n'));
				message.append("Generated files are never edited by hand: change model/baton.ecore or baton.genmodel, "
						+ "run ./mvnw compile -pl releng/dev.baton.codegen,bundles/dev.baton.model "
						+ "-Dbaton.codegen=update "
						+ "and commit src-gen/ (and the edit bundle's generated plugin.xml, plugin.properties, "
						+ "icons/).");
				throw new IllegalStateException(message.toString());
			}
		} finally {
			deleteTree(scratch);
		}
	}

	/** Generates into the scratch folder; returns the name of the edit project when it was generated. */
	private static String generate(Path genModelFile, Path scratch, List<String[]> projects) throws IOException {
		EcorePackage.eINSTANCE.eClass();
		GenModelPackage.eINSTANCE.eClass();
		ResourceSet resourceSet = new ResourceSetImpl();
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("ecore",
				new EcoreResourceFactoryImpl());
		resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put("genmodel",
				new XMIResourceFactoryImpl());
		for (String[] project : projects) {
			Path target = scratch.resolve(project[0]);
			Files.createDirectories(target);
			// the generator writes to platform:/resource/<project>/...: point each project at a scratch folder
			EcorePlugin.getPlatformResourceMap().put(project[0], URI.createFileURI(target.toString() + "/"));
			resourceSet.getURIConverter().getURIMap().put(URI.createPlatformResourceURI(project[0] + "/", false),
					URI.createFileURI(target.toString() + "/"));
		}
		// the genmodel refers to its .ecore relatively, so it is loaded from where it lives
		Resource resource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
		GenModel genModel = (GenModel) resource.getContents().get(0);
		genModel.reconcile();
		genModel.setCanGenerate(true);
		genModel.setValidateModel(true);

		Diagnostic validation = genModel.diagnose();
		if (validation.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("The genmodel is not valid: " + validation);
		}
		Generator generator = new Generator();
		generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);
		// No JDT here: without a facade helper EMF writes whole files instead of merging,
		// which is right for a src-gen/ nobody edits.
		genModel.setFacadeHelperClass("dev.baton.codegen.NoJavaMerge");
		generator.setInput(genModel);
		generate(generator, genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE);
		// EMF generates the edit code only when the genmodel names an edit plug-in class
		if (genModel.getEditDirectory() != null && !genModel.getEditDirectory().isEmpty()
				&& genModel.getEditPluginClass() != null && !genModel.getEditPluginClass().isEmpty()
				&& projects.stream().anyMatch(p -> genModel.getEditDirectory().startsWith("/" + p[0] + "/"))) {
			generate(generator, genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE);
			return genModel.getEditPluginID();
		}
		return null;
	}

	private static void generate(Generator generator, GenModel genModel, String projectType) {
		// EMF logs (to stderr) that it has no JDT merger the first time it writes Java; that is
		// expected here, so that one report is held back and anything else is passed on
		PrintStream err = System.err;
		ByteArrayOutputStream held = new ByteArrayOutputStream();
		Diagnostic result;
		System.setErr(new PrintStream(held, true, StandardCharsets.UTF_8));
		try {
			result = generator.generate(genModel, projectType, new BasicMonitor());
		} finally {
			System.setErr(err);
		}
		String log = held.toString(StandardCharsets.UTF_8);
		if (!log.isBlank()
				&& !log.contains("Unable to instantiate a facade helper for dev.baton.codegen.NoJavaMerge")) {
			err.print(log);
		}
		if (result.getSeverity() == Diagnostic.ERROR) {
			throw new IllegalStateException("EMF generation (" + projectType + ") failed: " + result);
		}
	}

	/**
	 * Makes the owned files of {@code committed} equal to {@code generated}'s; returns the number of files written or
	 * removed.
	 */
	private static int sync(Path generated, Path committed, List<String> owned) throws IOException {
		int changed = 0;
		Set<String> all = new TreeSet<>(ownedFiles(generated, owned));
		for (String file : all) {
			Path from = generated.resolve(file);
			Path to = committed.resolve(file);
			if (!Files.exists(to) || Files.mismatch(from, to) != -1) {
				Files.createDirectories(to.getParent());
				Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
				changed++;
			}
		}
		for (String file : ownedFiles(committed, owned)) {
			if (!all.contains(file)) {
				Files.delete(committed.resolve(file));
				changed++;
			}
		}
		return changed;
	}

	private static List<String> compare(Path generated, Path committed, List<String> owned, String project)
			throws IOException {
		List<String> problems = new ArrayList<>();
		Set<String> expected = new TreeSet<>(ownedFiles(generated, owned));
		Set<String> actual = new TreeSet<>(ownedFiles(committed, owned));
		for (String file : expected) {
			if (!actual.contains(file)) {
				problems.add(project + "/" + file + ": missing (not committed)");
			} else if (Files.mismatch(generated.resolve(file), committed.resolve(file)) != -1) {
				problems.add(project + "/" + file + ": differs from the generated code");
			}
		}
		for (String file : actual) {
			if (!expected.contains(file)) {
				problems.add(project + "/" + file + ": not generated by the model (stale or hand-written)");
			}
		}
		return problems;
	}

	/** The files under {@code root} that the generator owns: whole folders ({@code src-gen/}) and single files. */
	private static List<String> ownedFiles(Path root, List<String> owned) throws IOException {
		List<String> files = new ArrayList<>();
		for (String path : owned) {
			Path entry = root.resolve(path);
			if (path.endsWith("/")) {
				if (Files.isDirectory(entry)) {
					relativeFiles(entry).forEach(file -> files.add(path + file));
				}
			} else if (Files.isRegularFile(entry)) {
				files.add(path);
			}
		}
		return files;
	}

	private static List<String> relativeFiles(Path root) throws IOException {
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
					.sorted().toList();
		}
	}

	private static void deleteTree(Path root) {
		try {
			Files.walkFileTree(root, new SimpleFileVisitor<>() {

				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
					Files.delete(file);
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
					Files.delete(dir);
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw new UncheckedIOException("could not remove the scratch folder " + root, e);
		}
	}
}
