package dev.baton.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.ImportDeclaration;

/**
 * Adds imports to a source the way Eclipse's "Organize Imports" lays them out by default: static imports first as they
 * were, then the groups {@code java}, {@code javax}, {@code org}, {@code com} and the rest, each sorted, a blank line
 * between groups.
 */
final class Imports {

	private static final List<String> GROUPS = List.of("java.", "javax.", "org.", "com.");

	private Imports() {
	}

	static String add(String source, Set<String> added) {
		if (added.isEmpty()) {
			return source;
		}
		CompilationUnit unit = JavaParser.parse(source);
		List<String> statics = new ArrayList<>();
		Set<String> names = new TreeSet<>(added);
		@SuppressWarnings("unchecked")
		List<ImportDeclaration> imports = unit.imports();
		for (ImportDeclaration declaration : imports) {
			String text = source.substring(declaration.getStartPosition(),
					declaration.getStartPosition() + declaration.getLength());
			if (declaration.isStatic()) {
				statics.add(text);
			} else {
				names.add(declaration.getName().getFullyQualifiedName() + (declaration.isOnDemand() ? ".*" : ""));
			}
		}
		if (imports.isEmpty()) {
			int at = unit.getPackage() == null ? 0
					: unit.getPackage().getStartPosition() + unit.getPackage().getLength();
			String block = block(statics, names);
			return at == 0 ? block + "\n\n" + source : source.substring(0, at) + "\n\n" + block + source.substring(at);
		}
		int start = imports.get(0).getStartPosition();
		ImportDeclaration last = imports.get(imports.size() - 1);
		int end = last.getStartPosition() + last.getLength();
		if (hasComment(source, start, end, imports)) {
			StringBuilder lines = new StringBuilder();
			added.stream().sorted().forEach(name -> lines.append("\nimport ").append(name).append(';'));
			return source.substring(0, end) + lines + source.substring(end);
		}
		return source.substring(0, start) + block(statics, names) + source.substring(end);
	}

	private static String block(List<String> statics, Set<String> names) {
		List<List<String>> groups = new ArrayList<>();
		groups.add(statics);
		for (int i = 0; i <= GROUPS.size(); i++) {
			groups.add(new ArrayList<>());
		}
		for (String name : names) {
			int group = GROUPS.size();
			for (int i = 0; i < GROUPS.size(); i++) {
				if (name.startsWith(GROUPS.get(i))) {
					group = i;
					break;
				}
			}
			groups.get(group + 1).add("import " + name + ";");
		}
		return String.join("\n\n", groups.stream().filter(group -> !group.isEmpty())
				.map(group -> String.join("\n", group)).toList());
	}

	/** Whether anything but the imports and white space lies between the first and the last import. */
	private static boolean hasComment(String source, int start, int end, List<ImportDeclaration> imports) {
		StringBuilder rest = new StringBuilder(source.substring(start, end));
		for (ImportDeclaration declaration : imports.reversed()) {
			int from = declaration.getStartPosition() - start;
			rest.delete(from, from + declaration.getLength());
		}
		return !rest.toString().isBlank();
	}
}
