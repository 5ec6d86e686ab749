package dev.baton.style;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is known about packages without compiling: which names are packages (the JDK's, the repository's, and every
 * package the repository imports from), and which top-level types each package of the repository declares. A dotted
 * name counts as a qualified type name only when it starts with a known package, so that {@code config.DEFAULT} (a
 * field of a variable) is never taken for one.
 */
final class Packages {

	private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+)\\s*;");
	private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(?:static\\s+)?([\\w.]+?)(\\.\\*)?\\s*;");

	private final Set<String> known;
	private final Map<String, Set<String>> types;

	Packages(Set<String> known, Map<String, Set<String>> types) {
		this.known = Set.copyOf(known);
		this.types = Map.copyOf(types);
	}

	/** The JDK's packages, and those every Java file of the repository declares or imports from. */
	static Packages of(List<Path> files) {
		Set<String> known = new HashSet<>(jdk());
		Map<String, Set<String>> types = new HashMap<>();
		for (Path file : files) {
			String source;
			try {
				source = Files.readString(file);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
			Matcher declared = PACKAGE.matcher(source);
			String pkg = declared.find() ? declared.group(1) : "";
			known.add(pkg);
			String name = file.getFileName().toString();
			types.computeIfAbsent(pkg, p -> new HashSet<>()).add(name.substring(0, name.length() - ".java".length()));
			Matcher imported = IMPORT.matcher(source);
			while (imported.find()) {
				known.add(packageOf(imported.group(1), imported.group(2) != null));
			}
		}
		return new Packages(known, types);
	}

	/** The JDK's packages (of the modules this JVM has), for {@code java.nio.file.Files} and the like. */
	static Set<String> jdk() {
		Set<String> packages = new HashSet<>();
		ModuleLayer.boot().modules().stream().map(Module::getDescriptor).map(ModuleDescriptor::packages)
				.forEach(packages::addAll);
		return packages;
	}

	/** The package part of an imported name: its leading segments that do not start with a capital. */
	static String packageOf(String name, boolean onDemand) {
		if (onDemand && !Character.isUpperCase(name.charAt(name.lastIndexOf('.') + 1))) {
			return name;
		}
		String[] segments = name.split("\\.");
		StringBuilder pkg = new StringBuilder();
		for (String segment : segments) {
			if (Character.isUpperCase(segment.charAt(0))) {
				break;
			}
			pkg.append(pkg.isEmpty() ? "" : ".").append(segment);
		}
		return pkg.toString();
	}

	boolean isPackage(String name) {
		return known.contains(name);
	}

	/** Whether the repository's package declares a top-level type of that name (in any bundle or fragment). */
	boolean declares(String pkg, String simpleName) {
		return types.getOrDefault(pkg, Set.of()).contains(simpleName);
	}

	/** Whether {@code java.lang} has a public type of that name, which every file sees without an import. */
	static boolean inJavaLang(String simpleName) {
		try {
			Class.forName("java.lang." + simpleName, false, null);
			return true;
		} catch (ClassNotFoundException | LinkageError e) {
			return false;
		}
	}
}
