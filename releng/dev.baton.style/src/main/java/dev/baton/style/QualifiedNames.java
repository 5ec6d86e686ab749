package dev.baton.style;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jdt.core.dom.ASTNode;
import org.eclipse.jdt.core.dom.ASTVisitor;
import org.eclipse.jdt.core.dom.AnnotationTypeDeclaration;
import org.eclipse.jdt.core.dom.CompilationUnit;
import org.eclipse.jdt.core.dom.EnumConstantDeclaration;
import org.eclipse.jdt.core.dom.EnumDeclaration;
import org.eclipse.jdt.core.dom.ImportDeclaration;
import org.eclipse.jdt.core.dom.Name;
import org.eclipse.jdt.core.dom.QualifiedName;
import org.eclipse.jdt.core.dom.RecordDeclaration;
import org.eclipse.jdt.core.dom.SimpleName;
import org.eclipse.jdt.core.dom.SimpleType;
import org.eclipse.jdt.core.dom.SingleVariableDeclaration;
import org.eclipse.jdt.core.dom.TypeDeclaration;
import org.eclipse.jdt.core.dom.TypeParameter;
import org.eclipse.jdt.core.dom.VariableDeclarationFragment;

/**
 * The package-qualified type names of a Java source ({@code java.util.List<String> x = new java.util.ArrayList<>()},
 * {@code java.nio.file.Files.readString(path)}) and the same source with them imported.
 * <p>
 * A name is imported only when that cannot change what any name of the file means: not when the file imports another
 * type of the same simple name, declares one (or a type parameter), its package has one, {@code java.lang} has one, or
 * the file already uses the simple name unqualified for something else. Such a clash stays qualified. Without bindings
 * a member type inherited from a supertype cannot be seen; the compiler would report it.
 */
final class QualifiedNames {

	/**
	 * One package-qualified type name.
	 *
	 * @param start      where the name starts
	 * @param typeStart  where its type's simple name starts: the package prefix is {@code [start, typeStart)}
	 * @param pkg        the package
	 * @param simpleName the top-level type's simple name
	 * @param line       its line, from 1
	 * @param importable whether the prefix can go, with an import where the package is another one
	 */
	record Occurrence(int start, int typeStart, String pkg, String simpleName, int line, boolean importable) {

		String qualifiedName() {
			return pkg + "." + simpleName;
		}
	}

	private final Packages packages;

	QualifiedNames(Packages packages) {
		this.packages = packages;
	}

	/** Every package-qualified type name outside the package and import declarations, in source order. */
	List<Occurrence> find(String source) {
		return analyse(JavaParser.parse(source)).occurrences;
	}

	/** The source with every importable qualified name shortened and its imports added. */
	String shorten(String source) {
		CompilationUnit unit = JavaParser.parse(source);
		Analysis analysis = analyse(unit);
		List<Occurrence> importable = analysis.occurrences.stream().filter(Occurrence::importable).toList();
		if (importable.isEmpty()) {
			return source;
		}
		StringBuilder text = new StringBuilder(source);
		for (Occurrence occurrence : importable.reversed()) {
			text.delete(occurrence.start(), occurrence.typeStart());
		}
		return Imports.add(text.toString(), analysis.imports);
	}

	private record Analysis(List<Occurrence> occurrences, Set<String> imports) {
	}

	private Analysis analyse(CompilationUnit unit) {
		String pkg = unit.getPackage() == null ? "" : unit.getPackage().getName().getFullyQualifiedName();
		Map<String, String> imported = new HashMap<>();
		Set<String> staticallyImported = new HashSet<>();
		for (Object each : unit.imports()) {
			ImportDeclaration declaration = (ImportDeclaration) each;
			if (declaration.isOnDemand()) {
				continue;
			}
			String name = declaration.getName().getFullyQualifiedName();
			String simple = name.substring(name.lastIndexOf('.') + 1);
			if (declaration.isStatic()) {
				staticallyImported.add(simple);
			} else {
				imported.put(simple, name);
			}
		}
		Declarations declarations = new Declarations();
		unit.accept(declarations);
		Candidates candidates = new Candidates(declarations.variables);
		for (Object type : unit.types()) {
			((ASTNode) type).accept(candidates);
		}
		Set<String> unqualified = new HashSet<>();
		for (Object type : unit.types()) {
			((ASTNode) type).accept(new ASTVisitor() {

				@Override
				public boolean visit(SimpleName node) {
					if (!candidates.parts.contains(node)) {
						unqualified.add(node.getIdentifier());
					}
					return false;
				}
			});
		}
		Map<String, String> chosen = new HashMap<>();
		Set<String> imports = new TreeSet<>();
		List<Occurrence> occurrences = new ArrayList<>();
		for (Candidate candidate : candidates.candidates) {
			String simple = candidate.type().getIdentifier();
			String qualified = candidate.pkg() + "." + simple;
			boolean importable;
			if (declarations.types.contains(simple) || staticallyImported.contains(simple)) {
				importable = false;
			} else if (imported.containsKey(simple)) {
				importable = imported.get(simple).equals(qualified);
			} else if (chosen.containsKey(simple)) {
				importable = chosen.get(simple).equals(qualified);
			} else if (candidate.pkg().equals(pkg) || candidate.pkg().equals("java.lang")) {
				importable = !(Packages.inJavaLang(simple) && !candidate.pkg().equals("java.lang"));
			} else {
				importable = !packages.declares(pkg, simple) && !Packages.inJavaLang(simple)
						&& !unqualified.contains(simple);
				if (importable) {
					chosen.put(simple, qualified);
					imports.add(qualified);
				}
			}
			occurrences.add(new Occurrence(candidate.name().getStartPosition(), candidate.type().getStartPosition(),
					candidate.pkg(), simple, unit.getLineNumber(candidate.name().getStartPosition()), importable));
		}
		return new Analysis(occurrences, imports);
	}

	/** The names the file declares: types and type parameters (which a simple type name would mean), variables. */
	private static final class Declarations extends ASTVisitor {

		final Set<String> types = new HashSet<>();
		final Set<String> variables = new HashSet<>();

		@Override
		public void endVisit(TypeDeclaration node) {
			types.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(EnumDeclaration node) {
			types.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(RecordDeclaration node) {
			types.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(AnnotationTypeDeclaration node) {
			types.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(TypeParameter node) {
			types.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(SingleVariableDeclaration node) {
			variables.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(VariableDeclarationFragment node) {
			variables.add(node.getName().getIdentifier());
		}

		@Override
		public void endVisit(EnumConstantDeclaration node) {
			variables.add(node.getName().getIdentifier());
		}
	}

	private record Candidate(Name name, SimpleName type, String pkg) {
	}

	/** Finds the outermost dotted names that start with a known package followed by a type. */
	private final class Candidates extends ASTVisitor {

		final List<Candidate> candidates = new ArrayList<>();
		final Set<SimpleName> parts = new HashSet<>();
		private final Set<String> variables;

		Candidates(Set<String> variables) {
			this.variables = variables;
		}

		@Override
		public boolean visit(SimpleType node) {
			if (node.getName() instanceof QualifiedName name) {
				consider(name);
				return false;
			}
			return true;
		}

		@Override
		public boolean visit(QualifiedName node) {
			consider(node);
			return false;
		}

		private void consider(QualifiedName name) {
			List<SimpleName> segments = segments(name);
			if (variables.contains(segments.get(0).getIdentifier())) {
				return;
			}
			int typeIndex = -1;
			StringBuilder pkg = new StringBuilder();
			for (int i = 0; i < segments.size() - 1; i++) {
				String segment = segments.get(i).getIdentifier();
				if (Character.isUpperCase(segment.charAt(0))) {
					break;
				}
				pkg.append(i == 0 ? "" : ".").append(segment);
				if (packages.isPackage(pkg.toString())
						&& Character.isUpperCase(segments.get(i + 1).getIdentifier().charAt(0))) {
					typeIndex = i + 1;
				}
			}
			if (typeIndex < 0) {
				return;
			}
			StringBuilder packageName = new StringBuilder();
			for (int i = 0; i < typeIndex; i++) {
				packageName.append(i == 0 ? "" : ".").append(segments.get(i).getIdentifier());
				parts.add(segments.get(i));
			}
			parts.add(segments.get(typeIndex));
			candidates.add(new Candidate(name, segments.get(typeIndex), packageName.toString()));
		}

		private static List<SimpleName> segments(Name name) {
			List<SimpleName> segments = new ArrayList<>();
			Name current = name;
			while (current instanceof QualifiedName qualified) {
				segments.add(0, qualified.getName());
				current = qualified.getQualifier();
			}
			segments.add(0, (SimpleName) current);
			return segments;
		}
	}
}
